package io.quizarena.training.report;

import io.quizarena.bank.Language;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A report as an Excel workbook written with fastexcel (streaming, no POI): sheets Questions, Choices, Topics and
 * Players with a bold, frozen header row in the reader's language and the same cells as the CSV. Numbers are number
 * cells, so a trainer can sort and chart them; texts are always string cells, never formulas, whatever they start with.
 */
public final class ReportXlsx {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private ReportXlsx() {}

    public static byte[] of(TrainingReport report, Language lang) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "Quiz Arena", "1.0")) {
            sheet(workbook, "Questions", ReportColumns.QUESTIONS, ReportRows.questions(report, lang), lang);
            sheet(workbook, "Choices", ReportColumns.CHOICES, ReportRows.choices(report, lang), lang);
            sheet(workbook, "Topics", ReportColumns.TOPICS, ReportRows.topics(report, lang), lang);
            sheet(workbook, "Players", ReportColumns.PLAYERS, ReportRows.players(report, lang), lang);
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void sheet(
            Workbook workbook, String name, List<ReportColumns> columns, List<List<Object>> rows, Language lang) {
        Worksheet sheet = workbook.newWorksheet(name);
        List<String> headers = ReportColumns.headers(columns, lang);
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(0, c, headers.get(c));
            sheet.style(0, c).bold().set();
            sheet.width(c, Math.max(12, Math.min(60, headers.get(c).length() + 4)));
        }
        sheet.freezePane(0, 1);
        for (int r = 0; r < rows.size(); r++) {
            List<Object> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                Object cell = row.get(c);
                if (cell instanceof Number number) {
                    sheet.value(1 + r, c, number);
                } else if (cell != null) {
                    sheet.value(1 + r, c, String.valueOf(cell));
                }
            }
        }
    }
}
