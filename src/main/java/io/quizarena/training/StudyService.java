package io.quizarena.training;

import io.quizarena.leaderboard.LeaderboardConfig;
import io.quizarena.training.mastery.Mastery;
import io.quizarena.training.mastery.StudyFact;
import io.quizarena.training.mastery.TopicMastery;
import io.quizarena.training.review.ReviewQueue;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** What a learner reads about their own study: the review queue's size and their mastery per topic. */
@ApplicationScoped
public class StudyService {

    /** Weeks a topic's trend covers, the current one last. */
    static final int TREND_WEEKS = 6;

    private final DataSource dataSource;
    private final ReviewQueue queue;
    private final TrainingClock clock;
    private final LeaderboardConfig weeks;

    StudyService(DataSource dataSource, ReviewQueue queue, TrainingClock clock, LeaderboardConfig weeks) {
        this.dataSource = dataSource;
        this.queue = queue;
        this.clock = clock;
        this.weeks = weeks;
    }

    /** @param learner null for a guest who has no id yet: an empty queue */
    public ReviewQueue.Summary reviewSummary(Learner learner) {
        if (learner == null) {
            return new ReviewQueue.Summary(0, 0, null);
        }
        try (Connection c = dataSource.getConnection()) {
            return queue.summary(c, learner.key(), clock.now());
        } catch (SQLException e) {
            throw new IllegalStateException("reading the review queue failed", e);
        }
    }

    /** @param learner null for a guest who has no id yet: every topic, none practised */
    public List<TopicMastery> mastery(Learner learner) {
        Instant now = clock.now();
        if (learner == null) {
            return Mastery.of(List.of(), Map.of(), now, weeks.weekZone(), TREND_WEEKS);
        }
        try (Connection c = dataSource.getConnection()) {
            return Mastery.of(
                    facts(c, learner.key()),
                    queue.dueByTopic(c, learner.key(), now),
                    now,
                    weeks.weekZone(),
                    TREND_WEEKS);
        } catch (SQLException e) {
            throw new IllegalStateException("reading the study log failed", e);
        }
    }

    private static List<StudyFact> facts(Connection c, String learnerKey) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "select topic, answered_at, credit from study_answer where learner_key = ? order by answered_at")) {
            s.setString(1, learnerKey);
            List<StudyFact> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(new StudyFact(r.getString(1), r.getTimestamp(2).toInstant(), r.getDouble(3) >= 1));
                }
            }
            return out;
        }
    }
}
