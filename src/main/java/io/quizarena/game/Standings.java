package io.quizarena.game;

import io.quizarena.scoring.Ranking;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** Ranks players by score (ties share a rank: 1, 2, 2, 4; equal scores keep join order) and says who is above whom. */
final class Standings {

    static final int TOP = 10;

    private final List<Player> ranked;

    private Standings(List<Player> ranked) {
        this.ranked = ranked;
    }

    /** Ranks everyone now, and records each player's rank on them. */
    static Standings of(Collection<Player> players) {
        List<Player> ranked = new ArrayList<>(players);
        ranked.sort(Comparator.comparingInt((Player p) -> -p.score).thenComparingInt(p -> p.joinOrder));
        int[] ranks =
                Ranking.competitionRanks(ranked.stream().mapToInt(p -> p.score).toArray());
        for (int i = 0; i < ranked.size(); i++) {
            ranked.get(i).rank = ranks[i];
        }
        return new Standings(ranked);
    }

    List<Player> ranked() {
        return ranked;
    }

    List<Player> top() {
        return ranked.subList(0, Math.min(TOP, ranked.size()));
    }

    /** Each player with the gap to the next higher score (0 for those on top). */
    void forEachWithGap(GapConsumer consumer) {
        int aboveScore = -1;
        int previousScore = Integer.MIN_VALUE;
        for (Player p : ranked) {
            if (p.score != previousScore) {
                aboveScore = previousScore == Integer.MIN_VALUE ? -1 : previousScore;
                previousScore = p.score;
            }
            consumer.accept(p, aboveScore < 0 ? 0 : aboveScore - p.score);
        }
    }

    interface GapConsumer {
        void accept(Player player, int gapToAbove);
    }
}
