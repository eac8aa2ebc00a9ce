package io.quizarena.bank.kahoot;

import io.quizarena.bank.BankTransferService.ImportReport;
import io.quizarena.bank.Language;
import java.util.List;
import java.util.Locale;

/**
 * What a Kahoot import wrote: the fields of the bank's import report, plus the new quiz's id and title and the
 * language the texts were read in ({@code en} or {@code zh}).
 */
public record KahootImportReport(
        int questionsCreated,
        int questionsUpdated,
        int quizzesCreated,
        int quizzesUpdated,
        List<String> questionIds,
        List<String> quizIds,
        String quizId,
        String title,
        String language) {

    static KahootImportReport of(ImportReport report, String title, Language language) {
        return new KahootImportReport(
                report.questionsCreated(),
                report.questionsUpdated(),
                report.quizzesCreated(),
                report.quizzesUpdated(),
                report.questionIds(),
                report.quizIds(),
                report.quizIds().get(0),
                title,
                language.name().toLowerCase(Locale.ROOT));
    }
}
