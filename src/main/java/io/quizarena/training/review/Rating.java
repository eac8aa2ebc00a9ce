package io.quizarena.training.review;

/** How well a review went, in FSRS's four grades. */
public enum Rating {
    AGAIN,
    HARD,
    GOOD,
    EASY;

    /** FSRS's grade number, 1 to 4. */
    public int grade() {
        return ordinal() + 1;
    }

    /** The grade an answer earns: a miss is AGAIN, partial credit HARD, a correct answer GOOD. */
    public static Rating of(double credit) {
        if (credit >= 1) {
            return GOOD;
        }
        return credit > 0 ? HARD : AGAIN;
    }
}
