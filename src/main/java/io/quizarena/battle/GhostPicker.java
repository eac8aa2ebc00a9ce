package io.quizarena.battle;

import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Which earlier run a ghost battle replays: never the seeker's own, never a forfeited one, one of the few closest in
 * rating (picked at random among them, so a player does not meet the same ghost every time).
 */
final class GhostPicker {

    /** A run that could be replayed, with its player's rating in the battle's scope. */
    record Candidate(String battleId, int side, String playerKey, double rating, boolean forfeited) {}

    static final int CLOSEST = 5;

    private GhostPicker() {}

    static Candidate pick(List<Candidate> candidates, String seekerKey, double seekerRating, Random random) {
        List<Candidate> fit = candidates.stream()
                .filter(c -> !c.playerKey().equals(seekerKey) && !c.forfeited())
                .sorted(Comparator.comparingDouble((Candidate c) -> Math.abs(c.rating() - seekerRating))
                        .thenComparing(Candidate::battleId))
                .limit(CLOSEST)
                .toList();
        return fit.isEmpty() ? null : fit.get(random.nextInt(fit.size()));
    }
}
