package io.quizarena.training;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.quizarena.bank.LocalizedText;
import io.quizarena.scoring.ScoringMode;
import java.time.Instant;
import java.util.List;

/** What the training API sends (docs/training-api.md). Never a key before the learner answered. */
public final class TrainingViews {

    private TrainingViews() {}

    @RegisterForReflection // also the entity of a 201 Response, whose type no resource method declares
    public record AssignmentView(
            String id,
            String quizId,
            LocalizedText title,
            String owner,
            Instant createdAt,
            Instant deadline,
            boolean closed,
            int attemptsAllowed,
            boolean showExplanations,
            boolean shuffle,
            Integer timeLimitSeconds,
            ScoringMode scoring,
            int questionCount,
            String link) {}

    @RegisterForReflection // also the entity of a 201 Response
    public record AttemptView(
            String id,
            Attempt.Kind kind,
            String assignmentId,
            LocalizedText title,
            String nickname,
            int number,
            int attemptsAllowed,
            int questionCount,
            int answeredCount,
            int score,
            int correctCount,
            boolean finished,
            boolean showExplanations,
            Integer timeLimitSeconds,
            Instant deadline,
            String guestId) {}

    /** The question to answer now; {@code question} is its public part, as the socket's question frame has it. */
    public record Served(int index, int total, ObjectNode question, Long limitMillis, Long remainingMillis) {}

    public record AnswerResult(
            int index,
            double credit,
            boolean correct,
            int points,
            int score,
            boolean timedOut,
            ObjectNode key,
            LocalizedText explanation,
            boolean finished) {}

    /** One question after the learner's answer: the question with its key and explanation, and what they gave. */
    public record ReviewItem(
            int index, ObjectNode question, JsonNode submission, double credit, boolean correct, int points) {}

    public record AttemptReview(AttemptView attempt, List<ReviewItem> items) {}

    public record GameReview(String gameId, LocalizedText title, List<ReviewItem> items) {}
}
