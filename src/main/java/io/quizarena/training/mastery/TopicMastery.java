package io.quizarena.training.mastery;

import io.quizarena.bank.LocalizedText;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Where a learner stands in one topic.
 *
 * @param shareCorrect correct over answered, null when nothing was answered
 * @param trend one entry per week, oldest first
 */
public record TopicMastery(
        String topic,
        LocalizedText name,
        int answered,
        int correct,
        Double shareCorrect,
        List<WeekShare> trend,
        Instant lastPractisedAt,
        int reviewsDue) {

    /** One week of answers in a topic; {@code share} is null in a week without any. */
    public record WeekShare(LocalDate weekStart, int answered, int correct, Double share) {}
}
