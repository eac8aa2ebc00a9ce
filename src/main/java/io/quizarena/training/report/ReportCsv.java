package io.quizarena.training.report;

import io.quizarena.bank.Language;
import io.quizarena.results.ResultsCsv;
import java.util.List;

/**
 * A report as CSV, in the conventions of the results' CSV (RFC 4180, UTF-8, CRLF, blocks parted by an empty line, a
 * cell a spreadsheet would run as a formula prefixed with an apostrophe), plus a byte-order mark so that a
 * spreadsheet opening the file reads the Chinese texts as UTF-8. Blocks: what was played, questions, choices, topics,
 * players, each with its header in the reader's language.
 */
public final class ReportCsv {

    private static final String BOM = "\uFEFF";

    private ReportCsv() {}

    public static String of(TrainingReport report, Language lang) {
        StringBuilder out = new StringBuilder(BOM);
        lines(out, ReportRows.summary(report, lang));
        block(out, ReportColumns.QUESTIONS, ReportRows.questions(report, lang), lang);
        block(out, ReportColumns.CHOICES, ReportRows.choices(report, lang), lang);
        block(out, ReportColumns.TOPICS, ReportRows.topics(report, lang), lang);
        block(out, ReportColumns.PLAYERS, ReportRows.players(report, lang), lang);
        return out.toString();
    }

    private static void block(StringBuilder out, List<ReportColumns> columns, List<List<Object>> rows, Language lang) {
        out.append("\r\n");
        line(out, List.copyOf(ReportColumns.headers(columns, lang)));
        lines(out, rows);
    }

    private static void lines(StringBuilder out, List<List<Object>> rows) {
        rows.forEach(r -> line(out, r));
    }

    private static void line(StringBuilder out, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            Object cell = cells.get(i);
            out.append(ResultsCsv.field(cell == null ? "" : String.valueOf(cell)));
        }
        out.append("\r\n");
    }
}
