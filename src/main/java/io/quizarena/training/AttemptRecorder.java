package io.quizarena.training;

import io.quizarena.events.EventIds;
import io.quizarena.events.Outbox;
import io.quizarena.events.PlayerScored;
import io.quizarena.events.ScoreEvent;
import io.quizarena.game.PlayQuestion;
import io.quizarena.game.Submission;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Writes one judged answer of an attempt in the caller's transaction: the answer row, the attempt's totals, the study
 * log and review queue, and, when it finishes an assignment attempt, the attempt's score event in the outbox (the same
 * {@link PlayerScored} a live game sends per player, so topic boards and mastery follow).
 */
@ApplicationScoped
class AttemptRecorder {

    private final DataSource dataSource;
    private final StudyLog studyLog;
    private final Outbox outbox;

    AttemptRecorder(DataSource dataSource, StudyLog studyLog, Outbox outbox) {
        this.dataSource = dataSource;
        this.studyLog = studyLog;
        this.outbox = outbox;
    }

    void record(
            Attempt a,
            PlayQuestion q,
            Submission submission,
            double credit,
            int points,
            boolean timedOut,
            Instant now) {
        AttemptAnswer row = new AttemptAnswer();
        row.attemptId = a.id;
        row.questionIndex = a.servedIndex;
        row.questionId = q.id;
        row.topic = q.topic;
        row.submission = submission == null ? null : submission.toJson();
        row.credit = credit;
        row.points = points;
        row.responseMillis = AttemptPlay.responseMillis(a, now);
        row.timedOut = timedOut;
        row.answeredAt = now;
        row.persist();
        a.answeredCount++;
        a.score += points;
        a.correctCount += credit == 1 ? 1 : 0;
        a.streak = credit == 1 ? a.streak + 1 : 0;
        a.servedIndex = -1;
        a.servedAt = null;
        if (a.answeredCount >= a.questionCount) {
            a.finishedAt = now;
        }
        try (Connection c = dataSource.getConnection()) {
            studyLog.record(c, List.of(new StudyLog.Entry(a.learnerKey, q.id, q.topic, credit)), source(a), now);
            if (a.finished() && a.kind == Attempt.Kind.ASSIGNMENT) {
                outbox.append(c, List.of(scored(a)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("saving an answer of attempt " + a.id + " failed", e);
        }
        if (a.finished()) {
            outbox.committed();
        }
    }

    private static StudyLog.Source source(Attempt a) {
        return switch (a.kind) {
            case ASSIGNMENT -> StudyLog.Source.ASSIGNMENT;
            case PRACTICE -> StudyLog.Source.PRACTICE;
            case REVIEW -> StudyLog.Source.REVIEW;
        };
    }

    /** The attempt's result as a game's player result: the attempt is the "game", its assignment's quiz the quiz. */
    private static PlayerScored scored(Attempt a) {
        Map<String, int[]> byTopic = new TreeMap<>();
        for (AttemptAnswer answer : AttemptAnswer.of(a.id)) {
            int[] sums = byTopic.computeIfAbsent(answer.topic, t -> new int[3]);
            sums[0] += answer.points;
            sums[1] += answer.credit == 1 ? 1 : 0;
            sums[2]++;
        }
        List<PlayerScored.TopicScore> topics = new ArrayList<>();
        byTopic.forEach((topic, s) -> topics.add(new PlayerScored.TopicScore(topic, s[0], s[1], s[2])));
        Assignment assignment = Assignment.findById(a.assignmentId);
        return new PlayerScored(
                ScoreEvent.SCHEMA_VERSION,
                EventIds.playerScored(a.id, a.learnerKey),
                a.finishedAt,
                a.id,
                assignment == null ? a.assignmentId : assignment.quizId,
                a.learnerKey,
                a.nickname,
                null,
                a.score,
                a.correctCount,
                a.questionCount,
                1,
                topics);
    }
}
