package io.quizarena.training;

import io.quizarena.game.GameRecord;
import io.quizarena.training.review.ReviewQueue;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Every answer a learner gives, wherever they give it, for mastery; and the review queue it feeds. Called on the
 * connection of the transaction that saves the answers (a live game, a battle, an attempt), so both exist together.
 */
@ApplicationScoped
public class StudyLog {

    private static final int BATCH = 1000;
    private final ReviewQueue queue;

    StudyLog(ReviewQueue queue) {
        this.queue = queue;
    }

    /** Where an answer was given. */
    public enum Source {
        GAME,
        BATTLE,
        ASSIGNMENT,
        PRACTICE,
        REVIEW
    }

    /** One answer: who, which question, how much credit it earned. */
    public record Entry(String learnerKey, String questionId, String topic, double credit) {}

    /**
     * The answers of a saved live game or battle.
     *
     * @param learnerOf the learner key of a player id, or null for a player whose answers are not theirs (a ghost)
     */
    public void recordGame(Connection c, GameRecord game, Source source, Function<String, String> learnerOf)
            throws SQLException {
        List<Entry> entries = new ArrayList<>(game.answers().size());
        for (GameRecord.AnswerRow a : game.answers()) {
            String learner = learnerOf.apply(a.playerId());
            if (learner != null) {
                entries.add(new Entry(learner, a.questionId(), a.topic(), a.credit()));
            }
        }
        record(c, entries, source, game.endedAt());
    }

    public void record(Connection c, List<Entry> entries, Source source, Instant at) throws SQLException {
        if (entries.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("insert into study_answer (learner_key, question_id, topic,"
                + " credit, source, answered_at) values (?, ?, ?, ?, ?, ?)")) {
            Timestamp when = Timestamp.from(at);
            int n = 0;
            for (Entry e : entries) {
                s.setString(1, e.learnerKey());
                s.setString(2, e.questionId());
                s.setString(3, e.topic());
                s.setDouble(4, e.credit());
                s.setString(5, source.name());
                s.setTimestamp(6, when);
                s.addBatch();
                if (++n % BATCH == 0) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
        }
        queue.rate(
                c,
                entries.stream()
                        .map(e -> new ReviewQueue.Answer(e.learnerKey(), e.questionId(), e.topic(), e.credit()))
                        .toList(),
                at);
    }
}
