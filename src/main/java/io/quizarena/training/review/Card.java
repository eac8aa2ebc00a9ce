package io.quizarena.training.review;

import java.time.Instant;

/**
 * A question's memory state for one learner (FSRS): stability in days, difficulty 1 to 10.
 *
 * @param lastReview when it was last rated
 * @param due when it should be reviewed next
 */
public record Card(double stability, double difficulty, int reps, int lapses, Instant lastReview, Instant due) {}
