package io.quizarena.bank.kahoot;

import io.quizarena.bank.BankDocument.QuestionDocument;
import io.quizarena.bank.BankDocument.QuizDocument;
import io.quizarena.bank.BankTransferService;
import io.quizarena.bank.BankTransferService.ImportReport;
import io.quizarena.bank.Language;
import io.quizarena.bank.LocalizedText;
import io.quizarena.bank.QuizService;
import io.quizarena.bank.QuizService.Playable;
import io.quizarena.bank.Topic;
import io.quizarena.bank.Violation;
import io.quizarena.bank.kahoot.KahootConversion.ExportRow;
import io.quizarena.bank.kahoot.KahootTemplate.Column;
import io.quizarena.identity.Caller;
import io.quizarena.problem.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Kahoot spreadsheets in and out. An import reads and checks the whole sheet, then hands the questions and a quiz of
 * them to the bank's import (BankTransferService), which checks them once more and writes them in one transaction.
 */
@ApplicationScoped
public class KahootService {

    /** Template rows have no topic; imported questions go to this one unless the host names another. */
    static final Topic DEFAULT_TOPIC = Topic.EVALUATION;

    static final int MAX_TITLE = 400;

    /** What an export wrote and what it left out. */
    record Export(String quizId, byte[] file, int exported, List<Skipped> skipped, List<Retimed> retimed) {}

    /** A question the template cannot hold, and why ({@link KahootConversion#whyNot}). */
    record Skipped(String questionId, String reason) {}

    /** A question written with the template's nearest time limit instead of its own. */
    record Retimed(String questionId, int fromSeconds, int toSeconds) {}

    private final BankTransferService transfer;
    private final QuizService quizzes;

    public KahootService(BankTransferService transfer, QuizService quizzes) {
        this.transfer = transfer;
        this.quizzes = quizzes;
    }

    /**
     * Imports a sheet as the caller's own questions and a quiz of them, in the sheet's order; all or nothing.
     *
     * @param title the quiz title; null takes the sheet's title cell, else a default
     * @param lang the sheet's language; null guesses it from the questions
     * @param topic the topic of the questions; null for {@link #DEFAULT_TOPIC}
     */
    public KahootImportReport importSheet(byte[] file, String title, Language lang, Topic topic, Caller caller) {
        KahootSheet sheet = KahootSheetReader.read(file);
        Language language = lang != null ? lang : KahootTexts.guess(sheet);
        LocalizedText quizTitle =
                KahootTexts.title(title != null && !title.isBlank() ? title : sheet.title(), language);
        if (quizTitle.in(language).length() > MAX_TITLE) {
            throw new InvalidInputException(
                    "the title is too long",
                    List.of(new Violation("/title", "the quiz title has more than " + MAX_TITLE + " characters")));
        }
        String topicId = (topic == null ? DEFAULT_TOPIC : topic).id();
        List<QuestionDocument> questions = sheet.rows().stream()
                .map(r -> KahootConversion.toQuestion(r, language, topicId))
                .toList();
        QuizDocument quiz = new QuizDocument(
                null,
                quizTitle,
                KahootTexts.description(language),
                questions.stream().map(QuestionDocument::id).toList());
        ImportReport report = transfer.importConverted(
                questions, i -> "/rows/" + sheet.rows().get(i).row(), KahootService::column, quiz, caller);
        return KahootImportReport.of(report, quizTitle.in(language), language);
    }

    /** The quiz as a sheet in {@code lang}, with the questions it had to leave out. */
    public Export export(String quizId, Language lang, Caller caller) {
        Playable quiz = quizzes.playable(quizId, caller);
        List<ExportRow> rows = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        List<Retimed> retimed = new ArrayList<>();
        for (QuestionDocument q : quiz.questions()) {
            Optional<String> why = KahootConversion.whyNot(q, lang);
            if (why.isPresent()) {
                skipped.add(new Skipped(q.id(), why.get()));
                continue;
            }
            ExportRow row = KahootConversion.toRow(q, lang);
            if (row.timeLimitSeconds() != q.timeLimitSeconds()) {
                retimed.add(new Retimed(q.id(), q.timeLimitSeconds(), row.timeLimitSeconds()));
            }
            rows.add(row);
        }
        byte[] file = KahootSheetWriter.write(quiz.title().in(lang), rows);
        return new Export(quiz.quizId(), file, rows.size(), skipped, retimed);
    }

    /** Names the template column of a question field the bank's checks complain about. */
    static String column(String pointer) {
        String[] p = pointer.split("/");
        String part = p.length > 1 ? p[1] : "";
        Column column = switch (part) {
            case "choices" ->
                p.length > 2 && p[2].matches("[0-3]") ? Column.answer(Integer.parseInt(p[2])) : Column.CORRECT;
            case "timeLimitSeconds" -> Column.TIME_LIMIT;
            default -> Column.QUESTION;
        };
        return "/" + column.label;
    }
}
