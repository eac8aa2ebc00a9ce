package io.quizarena.battle;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Who meets whom in one matching round: pure, so a test drives it with any clock. The longest waiting go first; each
 * takes the closest rating within the gap both sides accept, and the gap widens the longer a seeker waits. Nobody
 * meets themselves: a player is one queue entry, and two entries with one player key are never paired.
 */
final class MatchPlanner {

    /** Two seekers who meet, and the topic of their battle. */
    record Pairing(Seeker first, Seeker second, String topic) {}

    private final int initialGap;
    private final int gapPerSecond;
    private final int maxGap;

    MatchPlanner(int initialGap, int gapPerSecond, int maxGap) {
        this.initialGap = initialGap;
        this.gapPerSecond = gapPerSecond;
        this.maxGap = maxGap;
    }

    static MatchPlanner of(BattleConfig config) {
        return new MatchPlanner(config.initialGap(), config.gapPerSecond(), config.maxGap());
    }

    /** The rating gap a seeker accepts after waiting since {@code since}. */
    double acceptedGap(Instant since, Instant now) {
        long waited = Math.max(0, Duration.between(since, now).toMillis());
        return Math.min(maxGap, initialGap + gapPerSecond * waited / 1000.0);
    }

    List<Pairing> plan(List<Seeker> waiting, Instant now) {
        List<Seeker> byWait = new ArrayList<>(waiting);
        byWait.sort(Comparator.comparing(Seeker::since).thenComparing(Seeker::ticket));
        Set<String> taken = new HashSet<>();
        List<Pairing> out = new ArrayList<>();
        for (Seeker s : byWait) {
            if (taken.contains(s.ticket())) {
                continue;
            }
            Seeker best = null;
            for (Seeker other : byWait) {
                if (other == s
                        || taken.contains(other.ticket())
                        || other.playerKey().equals(s.playerKey())
                        || topic(s, other) == null) {
                    continue;
                }
                double gap = Math.abs(s.rating() - other.rating());
                if (gap <= acceptedGap(s.since(), now)
                        && gap <= acceptedGap(other.since(), now)
                        && (best == null || gap < Math.abs(s.rating() - best.rating()))) {
                    best = other;
                }
            }
            if (best != null) {
                taken.add(s.ticket());
                taken.add(best.ticket());
                out.add(new Pairing(s, best, topic(s, best)));
            }
        }
        return out;
    }

    /** The topic two seekers can share, or null: the same one, or the specific one when the other chose mixed. */
    static String topic(Seeker a, Seeker b) {
        if (a.topic().equals(b.topic())) {
            return a.topic();
        }
        if (a.topic().equals(BattleService.MIXED)) {
            return b.topic();
        }
        return b.topic().equals(BattleService.MIXED) ? a.topic() : null;
    }
}
