package io.quizarena.bank.kahoot;

import java.util.List;

/**
 * A Kahoot spreadsheet as read and checked: the title found above the header (or null) and its question rows.
 *
 * @param title the quiz title cell, or null when the sheet has none
 */
record KahootSheet(String title, List<Row> rows) {

    /**
     * One checked question row.
     *
     * @param row the spreadsheet's row number, 1-based as Excel shows it
     * @param answers always four, blank answers as empty strings
     * @param correct the 1-based numbers of the correct answers, ascending, each naming a non-blank answer
     */
    record Row(int row, String question, List<String> answers, int timeLimitSeconds, List<Integer> correct) {

        List<String> filledAnswers() {
            return answers.stream().filter(a -> !a.isEmpty()).toList();
        }
    }
}
