package io.quizarena.bank.kahoot;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * Builds Kahoot spreadsheets with fastexcel itself, laid out like the published template: instruction rows, a header
 * row, one question a row from column B (column A numbers the questions). Cells are strings or numbers as given.
 */
final class KahootFiles {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final List<String> HEADER = List.of(
            "Question - max 120 characters",
            "Answer 1 - max 75 characters",
            "Answer 2 - max 75 characters",
            "Answer 3 - max 75 characters",
            "Answer 4 - max 75 characters",
            "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs",
            "Correct answer(s) - choose at least one");

    private final List<List<Object>> rows = new ArrayList<>();
    private String title;
    private int headerRow = 8;
    private List<String> header = HEADER;

    static KahootFiles sheet() {
        return new KahootFiles();
    }

    /** A title cell above the header ("Quiz title" | title). */
    KahootFiles title(String title) {
        this.title = title;
        return this;
    }

    /** The header's row number, 1-based; the rows above it hold instructions. */
    KahootFiles headerAt(int row) {
        this.headerRow = row;
        return this;
    }

    KahootFiles header(List<String> cells) {
        this.header = cells;
        return this;
    }

    /** Question, answers 1 to 4 (null for empty), time limit, correct answers (a number or text like "1,3"). */
    KahootFiles row(String question, String a1, String a2, String a3, String a4, Object time, Object correct) {
        List<Object> cells = new ArrayList<>();
        cells.add(question);
        cells.add(a1);
        cells.add(a2);
        cells.add(a3);
        cells.add(a4);
        cells.add(time);
        cells.add(correct);
        rows.add(cells);
        return this;
    }

    /** The spreadsheet row number the next {@link #row} will get. */
    int nextRow() {
        return headerRow + 1 + rows.size();
    }

    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "Quiz Arena tests", "1.0")) {
            Worksheet ws = workbook.newWorksheet("Sheet1");
            if (title != null) {
                ws.value(0, 0, "Quiz title");
                ws.value(0, 1, title);
            }
            for (int r = 1; r < headerRow - 1; r++) {
                ws.value(r, 1, "Instructions line " + r + ": add questions below the header.");
            }
            for (int c = 0; c < header.size(); c++) {
                ws.value(headerRow - 1, 1 + c, header.get(c));
            }
            for (int i = 0; i < rows.size(); i++) {
                int r = headerRow + i;
                ws.value(r, 0, i + 1);
                List<Object> cells = rows.get(i);
                for (int c = 0; c < cells.size(); c++) {
                    Object v = cells.get(c);
                    if (v instanceof Number n) {
                        ws.value(r, 1 + c, n);
                    } else if (v != null) {
                        ws.value(r, 1 + c, v.toString());
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The rows of the first sheet as text cells, at index row number - 1 (rows without cells are empty lists). */
    static List<List<String>> readBack(byte[] file) {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(file))) {
            List<List<String>> out = new ArrayList<>();
            for (Row row : wb.getFirstSheet().read()) {
                while (out.size() < row.getRowNum() - 1) {
                    out.add(List.of());
                }
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getCellCount(); c++) {
                    cells.add(row.getCellText(c));
                }
                out.add(cells);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RequestSpecification as(String user) {
        return given().auth().preemptive().basic(user, user);
    }

    /** How many questions of their own {@code user} has. */
    static int questionsOf(String user) {
        return as(user).get("/api/questions?mine=true&size=1")
                .then()
                .statusCode(200)
                .extract()
                .path("total");
    }
}
