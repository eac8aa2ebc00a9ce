package io.quizarena.training.report;

import io.quizarena.bank.Language;
import io.quizarena.bank.RequestLanguage;
import jakarta.ws.rs.core.Response;

/** The report's two downloads as responses: the language from {@code lang}, else Accept-Language; a safe file name. */
final class ReportFiles {

    private ReportFiles() {}

    static Response csv(TrainingReport report, String lang, String accept) {
        return Response.ok(ReportCsv.of(report, RequestLanguage.choose(lang, accept)), "text/csv; charset=UTF-8")
                .header("Content-Disposition", attachment(report, "csv"))
                .build();
    }

    static Response xlsx(TrainingReport report, String lang, String accept) {
        Language language = RequestLanguage.choose(lang, accept);
        return Response.ok(ReportXlsx.of(report, language), ReportXlsx.MEDIA_TYPE)
                .header("Content-Disposition", attachment(report, "xlsx"))
                .build();
    }

    /** Ids come from the path: anything but letters, digits and dashes is dropped from the file name. */
    static String attachment(TrainingReport report, String extension) {
        String id = String.valueOf(report.id()).replaceAll("[^A-Za-z0-9_-]", "");
        return "attachment; filename=\"quiz-arena-report-" + report.kind() + "-" + id + "." + extension + "\"";
    }
}
