package io.quizarena.training.review;

import java.time.Instant;

/** The FSRS-5 scheduler with its published default parameters (docs/adr/0024). Pure: no clock, no framework. */
public final class Fsrs {

    /** The state after a card's first rating. */
    public Card first(Rating rating, Instant now) {
        throw new UnsupportedOperationException("FSRS comes with the review helper's work");
    }

    /** The state after rating a card that was reviewed before. */
    public Card review(Card card, Rating rating, Instant now) {
        throw new UnsupportedOperationException("FSRS comes with the review helper's work");
    }

    /** The probability of recall at {@code now}. */
    public double retrievability(Card card, Instant now) {
        throw new UnsupportedOperationException("FSRS comes with the review helper's work");
    }
}
