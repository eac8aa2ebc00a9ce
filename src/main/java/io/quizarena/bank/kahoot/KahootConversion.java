package io.quizarena.bank.kahoot;

import io.quizarena.bank.BankDocument.Choice;
import io.quizarena.bank.BankDocument.QuestionDocument;
import io.quizarena.bank.Language;
import io.quizarena.bank.LocalizedText;
import io.quizarena.bank.QuestionType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Between a template row and a bank question, both ways. */
final class KahootConversion {

    /** Template rows rate neither difficulty nor topic; imported questions are "medium". */
    static final int DIFFICULTY = 2;

    private static final String[] CHOICE_IDS = {"a", "b", "c", "d"};

    /** A question as a template row: its text, two to four answers, a time limit from the list, 1-based keys. */
    record ExportRow(String id, String question, List<String> answers, int timeLimitSeconds, List<Integer> correct) {}

    private KahootConversion() {}

    /**
     * The question of one row. Several correct answers make a multi-select question; one makes a single-choice
     * question, or a true/false one when the two answers are True and False. Choice ids follow the answer columns
     * (Answer 3 is always {@code c}). The id is temporary: the import gives every question a fresh one.
     */
    static QuestionDocument toQuestion(KahootSheet.Row row, Language lang, String topic) {
        List<Choice> choices = new ArrayList<>();
        List<LocalizedText> correctTexts = new ArrayList<>();
        Optional<List<Boolean>> trueFalse =
                row.correct().size() == 1 ? KahootTexts.trueFalse(row.filledAnswers()) : Optional.empty();
        Language textLang = KahootTexts.of(row.question(), lang);
        int filled = 0;
        for (int i = 0; i < KahootTemplate.ANSWERS; i++) {
            String answer = row.answers().get(i);
            if (answer.isEmpty()) {
                continue;
            }
            boolean correct = row.correct().contains(i + 1);
            Choice choice;
            if (trueFalse.isPresent()) {
                boolean value = trueFalse.get().get(filled);
                choice = new Choice(String.valueOf(value), KahootTexts.truthText(value, textLang), correct);
            } else {
                choice = new Choice(CHOICE_IDS[i], KahootTexts.text(answer, textLang), correct);
            }
            choices.add(choice);
            if (correct) {
                correctTexts.add(choice.text());
            }
            filled++;
        }
        QuestionType type = row.correct().size() > 1
                ? QuestionType.MULTI
                : trueFalse.isPresent() ? QuestionType.TRUE_FALSE : QuestionType.SINGLE;
        return new QuestionDocument(
                "kahoot-row-" + row.row(),
                topic,
                DIFFICULTY,
                type,
                KahootTexts.text(row.question(), textLang),
                choices,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                KahootTexts.explanation(correctTexts, textLang),
                row.timeLimitSeconds(),
                null);
    }

    /**
     * Why the template cannot hold a question, as a short token for the skipped list: the type's wire name
     * ({@code ordering}, {@code numeric}, {@code typed}) or the limit it breaks. Empty when it fits.
     */
    static Optional<String> whyNot(QuestionDocument q, Language lang) {
        if (!q.type().hasChoices()) {
            return Optional.of(q.type().wireName());
        }
        if (q.choices().size() > KahootTemplate.ANSWERS) {
            return Optional.of("more-than-" + KahootTemplate.ANSWERS + "-answers");
        }
        if (KahootTemplate.length(KahootTexts.shown(q.text(), lang)) > KahootTemplate.MAX_QUESTION) {
            return Optional.of("question-over-" + KahootTemplate.MAX_QUESTION + "-characters");
        }
        if (q.choices().stream().anyMatch(c -> KahootTemplate.length(c.text().in(lang)) > KahootTemplate.MAX_ANSWER)) {
            return Optional.of("answer-over-" + KahootTemplate.MAX_ANSWER + "-characters");
        }
        return Optional.empty();
    }

    /** The row of a question that {@link #whyNot} accepts. */
    static ExportRow toRow(QuestionDocument q, Language lang) {
        List<String> answers = new ArrayList<>();
        List<Integer> correct = new ArrayList<>();
        for (int i = 0; i < q.choices().size(); i++) {
            Choice c = q.choices().get(i);
            answers.add(c.text().in(lang));
            if (c.correct()) {
                correct.add(i + 1);
            }
        }
        return new ExportRow(
                q.id(), KahootTexts.shown(q.text(), lang), answers, templateTimeLimit(q.timeLimitSeconds()), correct);
    }

    /** The template's time limit nearest to {@code seconds}; between two, the longer (nobody loses reading time). */
    static int templateTimeLimit(int seconds) {
        return KahootTemplate.TIME_LIMITS.stream()
                .min(Comparator.<Integer>comparingInt(t -> Math.abs(t - seconds))
                        .thenComparing(Comparator.reverseOrder()))
                .orElseThrow();
    }
}
