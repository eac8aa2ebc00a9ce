package io.quizarena.training.mastery;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** Mastery per topic from a learner's answers (docs/adr/0024). Pure: the caller passes the time and zone. */
public final class Mastery {

    private Mastery() {}

    /**
     * @param dueByTopic reviews due now per topic
     * @param weeks how many weeks the trend covers, the current one last (weeks start on Monday in {@code zone})
     * @return every topic of the bank plus any other topic answered, weakest first
     */
    public static List<TopicMastery> of(
            List<StudyFact> facts, Map<String, Integer> dueByTopic, Instant now, ZoneId zone, int weeks) {
        throw new UnsupportedOperationException("mastery comes with the review helper's work");
    }
}
