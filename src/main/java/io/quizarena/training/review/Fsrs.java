package io.quizarena.training.review;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The FSRS-5 scheduler with its published default parameters (docs/adr/0024). Pure: no clock, no framework.
 *
 * <p>Two choices of this product: no fuzz (a learner's queue stays predictable, and tests exact), and a card rated
 * {@link Rating#AGAIN} is due at once, not in ten minutes, so "Review my mistakes" serves a miss right away; its
 * next rating is a same-day review, which FSRS-5 handles with its short-term stability.
 */
public final class Fsrs {

    /** FSRS-5's default parameters w0..w18, as published by open-spaced-repetition. */
    public static final List<Double> DEFAULT_PARAMETERS = List.of(
            0.40255, 1.18385, 3.173, 15.69105, 7.1949, 0.5345, 1.4604, 0.0046, 1.54575, 0.1192, 1.01925, 1.9395, 0.11,
            0.29605, 2.2698, 0.2315, 2.9898, 0.51655, 0.6621);

    /** The probability of recall a review is scheduled at. */
    public static final double DESIRED_RETENTION = 0.9;

    static final double DECAY = -0.5;
    /** Chosen so that R(S, S) = 0.9: 0.9^(1/DECAY) - 1 = 1/0.81 - 1 = 19/81. */
    static final double FACTOR = 19.0 / 81.0;

    static final double MIN_DIFFICULTY = 1;
    static final double MAX_DIFFICULTY = 10;
    /** Keeps a stability and an interval sane however many successes pile up (FSRS's own bounds). */
    static final double MIN_STABILITY = 0.01;

    static final long MAX_INTERVAL_DAYS = 36_500;

    private static final double SECONDS_PER_DAY = 86_400;

    private final double[] w;

    public Fsrs() {
        w = DEFAULT_PARAMETERS.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The state after a card's first rating. A first miss is not a lapse: nothing learnt was forgotten yet. */
    public Card first(Rating rating, Instant now) {
        double stability = initialStability(rating);
        return new Card(stability, initialDifficulty(rating), 1, 0, now, due(stability, rating, now));
    }

    /** The state after rating a card that was reviewed before. */
    public Card review(Card card, Rating rating, Instant now) {
        double elapsed = elapsedDays(card, now);
        double stability;
        if (elapsed < 1) {
            // reviewed again the same day (a miss served at once, a second practice): R is still near 1 and
            // the long-term formulas would barely move; FSRS-5 has a short-term rule for this
            stability = shortTermStability(card.stability(), rating);
        } else {
            double r = retrievability(elapsed, card.stability());
            stability = rating == Rating.AGAIN
                    ? forgetStability(card.difficulty(), card.stability(), r)
                    : recallStability(card.difficulty(), card.stability(), r, rating);
        }
        stability = Math.max(MIN_STABILITY, stability);
        int lapses = card.lapses() + (rating == Rating.AGAIN ? 1 : 0);
        return new Card(
                stability,
                nextDifficulty(card.difficulty(), rating),
                card.reps() + 1,
                lapses,
                now,
                due(stability, rating, now));
    }

    /** The probability of recall at {@code now}. */
    public double retrievability(Card card, Instant now) {
        return retrievability(elapsedDays(card, now), card.stability());
    }

    /** R(t, S) = (1 + FACTOR·t/S)^DECAY, t in days since the last review. */
    static double retrievability(double elapsedDays, double stability) {
        return Math.pow(1 + FACTOR * Math.max(0, elapsedDays) / stability, DECAY);
    }

    /** The whole days until R falls to the desired retention: S/FACTOR·(r^(1/DECAY) − 1), at least one. */
    public static long intervalDays(double stability) {
        double days = stability / FACTOR * (Math.pow(DESIRED_RETENTION, 1 / DECAY) - 1);
        return Math.min(MAX_INTERVAL_DAYS, Math.max(1, Math.round(days)));
    }

    double initialStability(Rating rating) {
        return Math.max(MIN_STABILITY, w[rating.grade() - 1]);
    }

    /** D0(G) = w4 − e^(w5·(G−1)) + 1, unclamped (mean reversion aims at the raw D0(EASY)). */
    double rawInitialDifficulty(Rating rating) {
        return w[4] - Math.exp(w[5] * (rating.grade() - 1)) + 1;
    }

    double initialDifficulty(Rating rating) {
        return clampDifficulty(rawInitialDifficulty(rating));
    }

    /**
     * FSRS-5: ΔD = −w6·(G−3); linear damping D + ΔD·(10−D)/9, so a hard card creeps towards 10 instead of hitting
     * it; then mean reversion w7·D0(EASY) + (1−w7)·D'.
     */
    double nextDifficulty(double difficulty, Rating rating) {
        double delta = -w[6] * (rating.grade() - 3);
        double damped = difficulty + delta * (MAX_DIFFICULTY - difficulty) / 9;
        double reverted = w[7] * rawInitialDifficulty(Rating.EASY) + (1 - w[7]) * damped;
        return clampDifficulty(reverted);
    }

    /** S·(e^w8·(11−D)·S^(−w9)·(e^(w10·(1−R))−1)·hard·easy + 1), hard = w15 for HARD, easy = w16 for EASY. */
    double recallStability(double difficulty, double stability, double r, Rating rating) {
        double hardPenalty = rating == Rating.HARD ? w[15] : 1;
        double easyBonus = rating == Rating.EASY ? w[16] : 1;
        return stability
                * (Math.exp(w[8])
                                * (11 - difficulty)
                                * Math.pow(stability, -w[9])
                                * (Math.exp(w[10] * (1 - r)) - 1)
                                * hardPenalty
                                * easyBonus
                        + 1);
    }

    /** w11·D^(−w12)·((S+1)^w13 − 1)·e^(w14·(1−R)), never more than before: forgetting does not strengthen. */
    double forgetStability(double difficulty, double stability, double r) {
        double forgotten =
                w[11] * Math.pow(difficulty, -w[12]) * (Math.pow(stability + 1, w[13]) - 1) * Math.exp(w[14] * (1 - r));
        return Math.min(forgotten, stability);
    }

    /** S·e^(w17·(G−3+w18)). */
    double shortTermStability(double stability, Rating rating) {
        return stability * Math.exp(w[17] * (rating.grade() - 3 + w[18]));
    }

    private static Instant due(double stability, Rating rating, Instant now) {
        return rating == Rating.AGAIN ? now : now.plus(Duration.ofDays(intervalDays(stability)));
    }

    private static double elapsedDays(Card card, Instant now) {
        if (card.lastReview() == null) {
            return 0;
        }
        return Math.max(0, Duration.between(card.lastReview(), now).toMillis() / 1000.0 / SECONDS_PER_DAY);
    }

    private static double clampDifficulty(double difficulty) {
        return Math.min(MAX_DIFFICULTY, Math.max(MIN_DIFFICULTY, difficulty));
    }
}
