package io.quizarena.bank.kahoot;

import io.quizarena.bank.kahoot.KahootConversion.ExportRow;
import io.quizarena.bank.kahoot.KahootTemplate.Column;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes questions to the template's layout with fastexcel: the title and short instructions in the rows above, the
 * header in row 8 from column B, the questions from row 9 with their number in column A. That is where the published
 * template has them, so the file also goes back into the live-quiz service it came from.
 */
final class KahootSheetWriter {

    private static final List<String> INSTRUCTIONS = List.of(
            "One question a row, below the header. Question up to 120 characters, answers up to 75; two to four answers.",
            "Time limit in seconds: "
                    + KahootTemplate.TIME_LIMITS.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ".",
            "Correct answer(s): the number of the correct answer (such as 2), or several separated by commas (such as 1,3).",
            "每行一题。题目最多 120 个字符，答案最多 75 个字符，两到四个答案；限时从上面的秒数中选；正确答案填编号，如 2 或 1,3。");

    private KahootSheetWriter() {}

    static byte[] write(String title, List<ExportRow> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "Quiz Arena", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("Quiz");
            sheet.value(0, 0, KahootTemplate.TITLE_LABEL);
            sheet.value(0, 1, title);
            sheet.style(0, 1).bold().set();
            for (int i = 0; i < INSTRUCTIONS.size(); i++) {
                sheet.value(2 + i, 1, INSTRUCTIONS.get(i));
            }
            int header = KahootTemplate.EXPORT_HEADER_ROW - 1;
            Column[] columns = Column.values();
            for (int c = 0; c < columns.length; c++) {
                sheet.value(header, 1 + c, columns[c].header);
                sheet.style(header, 1 + c).bold().set();
            }
            sheet.width(1, 60);
            for (int c = 2; c <= 1 + KahootTemplate.ANSWERS; c++) {
                sheet.width(c, 30);
            }
            for (int i = 0; i < rows.size(); i++) {
                writeRow(sheet, header + 1 + i, i + 1, rows.get(i));
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void writeRow(Worksheet sheet, int r, int number, ExportRow row) {
        sheet.value(r, 0, number);
        sheet.value(r, 1 + Column.QUESTION.ordinal(), row.question());
        for (int a = 0; a < row.answers().size(); a++) {
            sheet.value(r, 1 + Column.answer(a).ordinal(), row.answers().get(a));
        }
        sheet.value(r, 1 + Column.TIME_LIMIT.ordinal(), row.timeLimitSeconds());
        int correct = 1 + Column.CORRECT.ordinal();
        if (row.correct().size() == 1) {
            sheet.value(r, correct, row.correct().get(0));
        } else {
            sheet.value(r, correct, row.correct().stream().map(String::valueOf).collect(Collectors.joining(",")));
        }
    }
}
