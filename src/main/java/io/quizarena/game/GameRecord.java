package io.quizarena.game;

import java.time.Instant;
import java.util.List;

/** Everything a finished (or ended, or abandoned) game leaves behind, written in one transaction. */
public record GameRecord(
        String gameId,
        String pin,
        String quizId,
        String host,
        Status status,
        String settingsJson,
        List<String> questionIds,
        int questionsPlayed,
        Instant startedAt,
        Instant endedAt,
        List<PlayerResult> players,
        List<AnswerRow> answers) {

    public enum Status {
        FINISHED,
        ENDED_EARLY,
        ABANDONED
    }

    public record PlayerResult(
            String playerId,
            String nickname,
            String guestId,
            String userId,
            String team,
            int score,
            int correctCount,
            int rank) {}

    public record AnswerRow(
            String playerId,
            int questionIndex,
            String questionId,
            String topic,
            Submission submission,
            double credit,
            int points,
            long responseMillis) {}
}
