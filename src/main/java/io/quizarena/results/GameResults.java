package io.quizarena.results;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A played game as its host reviews it: every player's final rank and their answer to every question.
 *
 * @param questionIds the questions in the order they were played (index 0 is the first question)
 */
public record GameResults(
        String id,
        String pin,
        String quizId,
        String host,
        String status,
        int questionsPlayed,
        Instant startedAt,
        Instant endedAt,
        List<String> questionIds,
        List<PlayerRow> players) {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    public String endedAtText() {
        return SHOWN.format(endedAt.atOffset(ZoneOffset.UTC));
    }

    /** One player's line: the final result and one cell per question (a cell without an answer when none came). */
    public record PlayerRow(
            String playerId, String nickname, String team, int score, int correctCount, int rank, List<Cell> cells) {}

    /**
     * A player's answer to one question.
     *
     * @param answer the submission as the player sent it, in short text (choice ids, a number, an order, or text)
     */
    public record Cell(
            int questionIndex,
            String questionId,
            boolean answered,
            String answer,
            double credit,
            boolean correct,
            int points,
            long responseMillis) {

        static Cell missing(int index, String questionId) {
            return new Cell(index, questionId, false, "", 0, false, 0, 0);
        }

        public boolean partial() {
            return !correct && credit > 0;
        }

        /** Response time in seconds with one decimal, for people. */
        public String seconds() {
            return String.format(java.util.Locale.ROOT, "%.1f", responseMillis / 1000.0);
        }

        public String css() {
            if (!answered) {
                return "cell-none";
            }
            return correct ? "cell-right" : partial() ? "cell-partial" : "cell-wrong";
        }
    }

    /** A game in a host's list. */
    public record GameSummary(
            String id, String pin, String quizId, String status, int playerCount, Instant startedAt, Instant endedAt) {

        public String endedAtText() {
            return SHOWN.format(endedAt.atOffset(ZoneOffset.UTC));
        }
    }
}
