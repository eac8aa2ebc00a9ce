package io.quizarena.bank.kahoot;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The widely used live-quiz spreadsheet template: instruction rows, then a header row, then one question per row with
 * up to four answers, a time limit from a fixed list and the numbers of the correct answers. The reader finds the
 * header by its cells, so the rows above it and the column letters may differ from file to file.
 */
final class KahootTemplate {

    static final int MAX_QUESTION = 120;
    static final int MAX_ANSWER = 75;
    static final int ANSWERS = 4;
    static final List<Integer> TIME_LIMITS = List.of(5, 10, 20, 30, 60, 90, 120, 240);
    /** A quiz holds at most this many questions (QuizService), so a longer sheet is refused before it is read on. */
    static final int MAX_QUESTIONS = 100;

    /** Where our own export puts things: the header in row 8 and column B, as the published template does. */
    static final int EXPORT_HEADER_ROW = 8;

    static final String TITLE_LABEL = "Quiz title";

    /** The columns of a question row, with the names violations use (as in {@code /rows/12/Time limit (sec)}). */
    enum Column {
        QUESTION("Question", "Question - max 120 characters", "question"),
        ANSWER_1("Answer 1", "Answer 1 - max 75 characters", "answer 1"),
        ANSWER_2("Answer 2", "Answer 2 - max 75 characters", "answer 2"),
        ANSWER_3("Answer 3", "Answer 3 - max 75 characters", "answer 3"),
        ANSWER_4("Answer 4", "Answer 4 - max 75 characters", "answer 4"),
        TIME_LIMIT("Time limit (sec)", "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs", "time limit"),
        CORRECT("Correct answer(s)", "Correct answer(s) - choose at least one", "correct answer");

        /** Short name, used in violations. */
        final String label;
        /** The header cell our export writes. */
        final String header;

        private final String prefix;

        Column(String label, String header, String prefix) {
            this.label = label;
            this.header = header;
            this.prefix = prefix;
        }

        static Column answer(int index) {
            return values()[ANSWER_1.ordinal() + index];
        }

        /** True for the columns a header row must have; answers 3 and 4 may be left out. */
        boolean required() {
            return this != ANSWER_3 && this != ANSWER_4;
        }

        /** The column a header cell names: matched by its start, case and spacing aside. */
        static Optional<Column> ofHeader(String cell) {
            String text = cell.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            for (Column c : values()) {
                if (text.startsWith(c.prefix)) {
                    return Optional.of(c);
                }
            }
            return Optional.empty();
        }
    }

    private KahootTemplate() {}

    /** Excel's column letters: 0 is A, 25 is Z, 26 is AA. */
    static String letters(int column) {
        StringBuilder out = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            out.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return out.toString();
    }

    /** Length as a person counts it: code points, so an emoji or a rare Han character is one. */
    static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
