package io.quizarena.training.report;

import io.quizarena.bank.LocalizedText;
import io.quizarena.bank.QuestionType;
import java.time.Instant;
import java.util.List;

/**
 * The facts a trainer report is computed from, whatever was played: an assignment or a live game.
 *
 * @param kind {@code assignment} or {@code game}
 * @param owner the trainer who may read it (with admins)
 */
public record ReportInput(
        String kind,
        String id,
        LocalizedText title,
        String owner,
        Instant startedAt,
        List<ReportQuestion> questions,
        List<ReportPlayer> players,
        List<ReportAnswer> answers) {

    public ReportInput {
        questions = List.copyOf(questions);
        players = List.copyOf(players);
        answers = List.copyOf(answers);
    }

    /** One question in playing order; {@code choices} is empty unless it is a choice question. */
    public record ReportQuestion(
            int index,
            String questionId,
            String topic,
            QuestionType type,
            LocalizedText text,
            List<ReportChoice> choices) {}

    public record ReportChoice(String id, LocalizedText text, boolean correct) {}

    /**
     * @param playerKey {@code user:<name>} or {@code guest:<id>}
     * @param questionsAnswered in the attempt (or game) the report counts
     * @param timeSpentMillis sum of the response times
     * @param attempts attempts started (1 for a live game)
     */
    public record ReportPlayer(
            String playerKey,
            String nickname,
            String team,
            int score,
            int questionsAnswered,
            long timeSpentMillis,
            int attempts,
            boolean finished) {}

    /** One answer; {@code choiceIds} is empty unless it answers a choice question. */
    public record ReportAnswer(
            String playerKey, int questionIndex, List<String> choiceIds, double credit, long responseMillis) {}
}
