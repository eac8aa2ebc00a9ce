package io.quizarena.results;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A played game as its host reviews it: what was played, how each question went, and every player's final rank and
 * answer to every question.
 *
 * @param title the quiz's title in both languages (either may be missing; the quiz id when the quiz is gone)
 * @param status {@code finished}, {@code ended_early} or {@code abandoned}
 * @param questionIds the questions in the order they were played (index 0 is the first question)
 * @param questions one line per question in the same order: its text and how the players did
 */
public record GameResults(
        String id,
        String pin,
        String quizId,
        Shown title,
        String host,
        String status,
        int questionsPlayed,
        Instant startedAt,
        Instant endedAt,
        List<String> questionIds,
        List<QuestionStat> questions,
        List<PlayerRow> players) {

    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    public String endedAtText() {
        return SHOWN.format(endedAt.atOffset(ZoneOffset.UTC));
    }

    public String startedAtText() {
        return SHOWN.format(startedAt.atOffset(ZoneOffset.UTC));
    }

    public int playerCount() {
        return players.size();
    }

    /** Whole minutes the game took, and the seconds over them ({@code res:duration}). */
    public long durationMinutes() {
        return Duration.between(startedAt, endedAt).toMinutes();
    }

    public long durationSeconds() {
        return Duration.between(startedAt, endedAt).toSecondsPart();
    }

    /**
     * A text in both languages, for people: {@code in(lang)} gives the page's language, else the other one (a quiz or
     * question may be written in one language only).
     */
    public record Shown(String en, String zh) {

        public String in(String lang) {
            String wanted = "zh".equals(lang) ? zh : en;
            String other = "zh".equals(lang) ? en : zh;
            return wanted != null && !wanted.isBlank() ? wanted : other;
        }
    }

    /**
     * How one question went: players who answered it, who got it right (full credit), and their mean response time.
     *
     * @param text the question's text shortened for a list (plain prose, math kept whole, code left out)
     * @param players everyone in the game, the base of the share correct (not answering counts as not correct)
     */
    public record QuestionStat(
            int number, String questionId, Shown text, int players, int answered, int correct, long averageMillis) {

        /** Share of all the game's players who got it right, in whole percent. */
        public int percentCorrect() {
            return players == 0 ? 0 : (int) Math.round(100.0 * correct / players);
        }

        public String averageSeconds() {
            return String.format(Locale.ROOT, "%.1f", averageMillis / 1000.0);
        }
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
            return String.format(Locale.ROOT, "%.1f", responseMillis / 1000.0);
        }

        public String css() {
            if (!answered) {
                return "cell-none";
            }
            return correct ? "cell-right" : partial() ? "cell-partial" : "cell-wrong";
        }
    }

    /**
     * A game in a host's list.
     *
     * @param title the quiz's title in both languages; pages show it where the list names the quiz
     */
    public record GameSummary(
            String id,
            String pin,
            String quizId,
            Shown title,
            String status,
            int playerCount,
            Instant startedAt,
            Instant endedAt) {

        public String endedAtText() {
            return SHOWN.format(endedAt.atOffset(ZoneOffset.UTC));
        }
    }
}
