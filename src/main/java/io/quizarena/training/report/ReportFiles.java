package io.quizarena.training.report;

import io.quizarena.bank.Language;
import io.quizarena.bank.RequestLanguage;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The report's two downloads as responses: the language from {@code lang}, else Accept-Language; a safe file name. */
final class ReportFiles {

    static final String CSV = "text/csv";

    private ReportFiles() {}

    /** The report as JSON, or as the file its path's suffix names. */
    static Response respond(TrainingReport report, String format, String lang, String accept) {
        return switch (format == null ? "" : format) {
            case ".csv" -> csv(report, lang, accept);
            case ".xlsx" -> xlsx(report, lang, accept);
            default -> Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
        };
    }

    static Response csv(TrainingReport report, String lang, String accept) {
        return Response.ok(ReportCsv.of(report, RequestLanguage.choose(lang, accept)), CSV + "; charset=UTF-8")
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
