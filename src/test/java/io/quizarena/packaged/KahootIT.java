package io.quizarena.packaged;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

/**
 * Kahoot spreadsheets on the packaged application (JVM or native): fastexcel-reader and fastexcel must work in the
 * native binary (their StAX parser and zip code), so a sheet is imported, exported and read back, and a bad row is
 * refused naming its row and column.
 */
@QuarkusIntegrationTest
@TestProfile(LocalServices.class)
class KahootIT {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    static RequestSpecification asHost() {
        return given().auth().oauth2(Keycloak.token("host"));
    }

    @Test
    void aSheetImportsAndExportsBack() throws IOException {
        byte[] file = sheet(List.of(
                List.of("What is the capital of France?", "Berlin", "Paris", "Rome", "", 20, 2),
                List.of("Which of these are prime?", "2", "4", "5", "9", 30, "1,3"),
                List.of("中国的首都是哪里？", "上海", "北京", "", "", 10, 2)));
        String quizId = asHost().contentType(XLSX)
                .body(file)
                .post("/api/bank/import/kahoot?lang=en&title=Packaged")
                .then()
                .statusCode(200)
                .body("questionsCreated", equalTo(3))
                .extract()
                .path("quizId");
        asHost().get("/api/quizzes/" + quizId + "?lang=en")
                .then()
                .statusCode(200)
                .body("title", equalTo("Packaged"))
                .body("questions.type", contains("single", "multi", "single"));

        byte[] exported = asHost().get("/api/quizzes/" + quizId + "/export/kahoot?lang=en")
                .then()
                .statusCode(200)
                .header("Content-Disposition", containsString("attachment"))
                .header("X-Quiz-Arena-Exported", "3")
                .extract()
                .asByteArray();
        List<String> questions = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(exported))) {
            for (Row row : workbook.getFirstSheet().read()) {
                if (row.getRowNum() > 8) {
                    questions.add(row.getCellText(1));
                }
            }
        }
        assertThat(questions)
                .containsExactly("What is the capital of France?", "Which of these are prime?", "中国的首都是哪里？");
    }

    @Test
    void aBadRowIsRefusedNamingRowAndColumn() throws IOException {
        byte[] file = sheet(List.of(List.of("Pick one", "A", "B", "", "", 15, 1)));
        asHost().contentType(XLSX)
                .body(file)
                .post("/api/bank/import/kahoot")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("/rows/9/Time limit (sec)"));
        asHost().contentType(XLSX)
                .body("not a spreadsheet".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/bank/import/kahoot")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("/file"));
    }

    /** The template: instructions above, the header in row 8 from column B, questions below. */
    static byte[] sheet(List<List<Object>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "Quiz Arena tests", "1.0")) {
            Worksheet ws = workbook.newWorksheet("Sheet1");
            ws.value(1, 1, "Add questions below the header.");
            List<String> header = List.of(
                    "Question - max 120 characters",
                    "Answer 1 - max 75 characters",
                    "Answer 2 - max 75 characters",
                    "Answer 3 - max 75 characters",
                    "Answer 4 - max 75 characters",
                    "Time limit (sec)",
                    "Correct answer(s)");
            for (int c = 0; c < header.size(); c++) {
                ws.value(7, 1 + c, header.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object v = rows.get(r).get(c);
                    if (v instanceof Number n) {
                        ws.value(8 + r, 1 + c, n);
                    } else if (!v.toString().isEmpty()) {
                        ws.value(8 + r, 1 + c, v.toString());
                    }
                }
            }
            workbook.finish();
        }
        return out.toByteArray();
    }
}
