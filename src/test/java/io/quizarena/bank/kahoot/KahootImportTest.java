package io.quizarena.bank.kahoot;

import static io.quizarena.bank.kahoot.KahootFiles.XLSX;
import static io.quizarena.bank.kahoot.KahootFiles.as;
import static io.quizarena.bank.kahoot.KahootFiles.questionsOf;
import static io.quizarena.bank.kahoot.KahootFiles.sheet;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@QuarkusTest
class KahootImportTest {

    private static final String IMPORT = "/api/bank/import/kahoot";
    private static final String HOST = "host2";

    @Test
    void aFilledTemplateBecomesTheHostsQuestionsAndAQuizInOrder() {
        KahootFiles file = sheet().title("Capitals and more").headerAt(8);
        int[] limits = {5, 10, 20, 30, 60, 90, 120, 240};
        file.row("What is the capital of France?", "Berlin", "Paris", "Rome", "Madrid", limits[0], 2);
        file.row("Which of these are prime?", "2", "4", "5", "9", limits[1], "1,3");
        file.row("The Earth is round.", "True", "False", null, null, limits[2], 1);
        file.row("Which are colours?", "Red", null, "Blue", "Table", limits[3], "1, 3");
        file.row("Pick the mammal", "Shark", "Whale", null, null, limits[4], 2);
        file.row("2 + 2 = ?", "3", "4", "5", null, String.valueOf(limits[5]), "2");
        file.row("Which are even?", "1", "2", "3", "4", limits[6], "2,4");
        file.row("Water boils at 100 °C at sea level.", "False", "True", null, null, limits[7], 2);
        int before = questionsOf(HOST);

        JsonPath report = as(HOST).contentType(XLSX)
                .body(file.bytes())
                .queryParam("lang", "en")
                .post(IMPORT)
                .then()
                .statusCode(200)
                .body("questionsCreated", equalTo(8))
                .body("quizzesCreated", equalTo(1))
                .body("title", equalTo("Capitals and more"))
                .body("language", equalTo("en"))
                .extract()
                .jsonPath();
        assertThat(questionsOf(HOST)).isEqualTo(before + 8);
        String quizId = report.getString("quizId");
        assertThat(report.getList("quizIds", String.class)).containsExactly(quizId);

        JsonPath quiz = as(HOST).get("/api/quizzes/" + quizId + "?lang=en")
                .then()
                .statusCode(200)
                .body("title", equalTo("Capitals and more"))
                .body("questionIds", equalTo(report.getList("questionIds")))
                .extract()
                .jsonPath();
        assertThat(quiz.getList("questions.text", String.class))
                .containsExactly(
                        "What is the capital of France?",
                        "Which of these are prime?",
                        "The Earth is round.",
                        "Which are colours?",
                        "Pick the mammal",
                        "2 + 2 = ?",
                        "Which are even?",
                        "Water boils at 100 °C at sea level.");
        assertThat(quiz.getList("questions.type", String.class))
                .containsExactly("single", "multi", "true_false", "multi", "single", "single", "multi", "true_false");
        assertThat(quiz.getList("questions.timeLimitSeconds", Integer.class))
                .containsExactly(5, 10, 20, 30, 60, 90, 120, 240);
        assertThat(correctTexts(quiz, 0)).containsExactly("Paris");
        assertThat(correctTexts(quiz, 1)).containsExactly("2", "5");
        assertThat(quiz.getList("questions[2].choices.id", String.class)).containsExactly("true", "false");
        assertThat(correctTexts(quiz, 2)).containsExactly("True");
        assertThat(quiz.getList("questions[3].choices.text", String.class)).containsExactly("Red", "Blue", "Table");
        assertThat(correctTexts(quiz, 3)).containsExactly("Red", "Blue");
        assertThat(correctTexts(quiz, 6)).containsExactly("2", "4");
        assertThat(quiz.getList("questions[7].choices.id", String.class)).containsExactly("false", "true");
        assertThat(correctTexts(quiz, 7)).containsExactly("True");
        assertThat(quiz.getString("questions[0].explanation")).isEqualTo("Correct answer: Paris");

        // an English sheet gives English-only questions: a Chinese reader sees them as written
        as(HOST).get("/api/quizzes/" + quizId + "?lang=zh")
                .then()
                .statusCode(200)
                .body("languages", contains("en"))
                .body("questions[0].text", equalTo("What is the capital of France?"))
                .body("questions[0].languages", contains("en"))
                .body("questions[2].choices.text", contains("True", "False"));
    }

    @Test
    void aChineseSheetWithoutTitleOrLanguageIsReadAsChineseAndGetsTheDefaultTitle() {
        KahootFiles file = sheet().headerAt(3);
        file.row("中国的首都是哪里？", "上海", "北京", null, null, 20, 2);
        file.row("地球是圆的。", "错误", "正确", null, null, 10, 2);
        String quizId = as(HOST).contentType("application/octet-stream")
                .body(file.bytes())
                .post(IMPORT)
                .then()
                .statusCode(200)
                .body("language", equalTo("zh"))
                .body("title", equalTo("导入的测验"))
                .extract()
                .path("quizId");
        as(HOST).get("/api/quizzes/" + quizId + "?lang=zh")
                .then()
                .statusCode(200)
                .body("questions.text", contains("中国的首都是哪里？", "地球是圆的。"))
                .body("questions.type", contains("single", "true_false"))
                .body("questions[0].explanation", equalTo("正确答案：北京"));
        // written in Chinese only: an English reader sees it as written
        as(HOST).get("/api/quizzes/" + quizId + "?lang=en")
                .then()
                .body("title", equalTo("导入的测验"))
                .body("languages", contains("zh"));
    }

    @Test
    void theTitleParameterWinsOverTheTitleCell() {
        KahootFiles file = sheet().title("From the cell");
        file.row("Pick one", "A", "B", null, null, 20, 1);
        as(HOST).contentType(XLSX)
                .body(file.bytes())
                .queryParam("title", "From the request")
                .post(IMPORT)
                .then()
                .statusCode(200)
                .body("title", equalTo("From the request"));
    }

    static Stream<Arguments> badFiles() {
        String q121 = "Q".repeat(121);
        String a76 = "A".repeat(76);
        return Stream.of(
                Arguments.of(
                        "no correct answer",
                        bad(f -> f.row("Pick", "A", "B", null, null, 20, null)),
                        "Correct answer(s)",
                        "no correct answer"),
                Arguments.of(
                        "correct answer at an empty answer",
                        bad(f -> f.row("Pick", "A", "B", null, null, 20, 3)),
                        "Correct answer(s)",
                        "answer 3 is marked correct but is empty"),
                Arguments.of(
                        "a 121-character question",
                        bad(f -> f.row(q121, "A", "B", null, null, 20, 1)),
                        "Question",
                        "121 characters, at most 120"),
                Arguments.of(
                        "a 76-character answer",
                        bad(f -> f.row("Pick", "A", a76, null, null, 20, 1)),
                        "Answer 2",
                        "76 characters, at most 75"),
                Arguments.of(
                        "a time limit not in the list",
                        bad(f -> f.row("Pick", "A", "B", null, null, 15, 1)),
                        "Time limit (sec)",
                        "\"15\" is not allowed"),
                Arguments.of(
                        "fewer than two answers",
                        bad(f -> f.row("Pick", "A", null, null, null, 20, 1)),
                        "Answer 2",
                        "at least two answers"),
                Arguments.of(
                        "every answer correct",
                        bad(f -> f.row("Pick", "A", "B", null, null, 20, "1,2")),
                        "Correct answer(s)",
                        "every answer is marked correct"),
                Arguments.of(
                        "an answer number out of range",
                        bad(f -> f.row("Pick", "A", "B", null, null, 20, "5")),
                        "Correct answer(s)",
                        "\"5\" is not an answer number"));
    }

    /** A good first row, then the bad row under test (its row number is the header's + 2 = 10). */
    private static KahootFiles bad(java.util.function.Consumer<KahootFiles> badRow) {
        KahootFiles file = sheet().title("Bad");
        file.row("A fine question", "Yes", "No", null, null, 20, 1);
        badRow.accept(file);
        return file;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void aBadRowNamesItsRowAndColumnAndNothingIsImported(String name, KahootFiles file, String column, String message) {
        int before = questionsOf(HOST);
        as(HOST).contentType(XLSX)
                .body(file.bytes())
                .post(IMPORT)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("/rows/10/" + column))
                .body("errors[0].message", containsString("row 10, column " + column))
                .body("errors[0].message", containsString(message));
        assertThat(questionsOf(HOST)).isEqualTo(before);
    }

    @Test
    void everyBadRowIsNamedAtOnce() {
        KahootFiles file = sheet();
        file.row("Fine", "A", "B", null, null, 20, 1);
        file.row("Q".repeat(121), "A", "B", null, null, 7, 1);
        file.row("No key", "A", "B", null, null, 20, "");
        as(HOST).contentType(XLSX)
                .body(file.bytes())
                .post(IMPORT)
                .then()
                .statusCode(400)
                .body(
                        "errors.field",
                        contains("/rows/10/Question", "/rows/10/Time limit (sec)", "/rows/11/Correct answer(s)"));
    }

    @Test
    void aSheetWithoutHeaderRowIsRefused() {
        KahootFiles file = sheet().header(List.of("Frage", "Antwort 1", "Antwort 2", "Zeit", "Richtig"));
        file.row("Pick", "A", "B", null, null, 20, 1);
        int before = questionsOf(HOST);
        as(HOST).contentType(XLSX)
                .body(file.bytes())
                .post(IMPORT)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("/header"))
                .body("errors[0].message", containsString("no header row"));
        assertThat(questionsOf(HOST)).isEqualTo(before);
    }

    @Test
    void aHeaderWithoutTimeLimitNamesTheMissingColumn() {
        List<String> withoutTimeLimit = new java.util.ArrayList<>(KahootFiles.HEADER);
        withoutTimeLimit.set(5, "Notes");
        KahootFiles file = sheet().header(withoutTimeLimit);
        file.row("Pick", "A", "B", null, null, null, 1);
        as(HOST).contentType(XLSX)
                .body(file.bytes())
                .post(IMPORT)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("/header/Time limit (sec)"));
    }

    @Test
    void aFileThatIsNotASpreadsheetIsRefusedAsFile() {
        int before = questionsOf(HOST);
        for (byte[] body : List.of(
                "question,answer\nWhat?,Yes\n".getBytes(StandardCharsets.UTF_8),
                new byte[0],
                // a zip archive that is no workbook
                zipWith("hello.txt", "hello"))) {
            as(HOST).contentType(XLSX)
                    .body(body)
                    .post(IMPORT)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("/file"));
        }
        assertThat(questionsOf(HOST)).isEqualTo(before);
    }

    @Test
    void aFileThatUnpacksToFarMoreThanAQuizIsRefused() {
        byte[] bomb = zipWith("xl/sharedStrings.xml", "0".repeat(40 * 1024 * 1024));
        assertThat(bomb.length).isLessThan(1_048_576);
        as(HOST).contentType(XLSX)
                .body(bomb)
                .post(IMPORT)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("/file"))
                .body("errors[0].message", containsString("unpacks to more than 32 MB"));
    }

    @Test
    void aFileOverTheImportLimitIsRefusedWith413() {
        as(HOST).contentType(XLSX).body(new byte[1_048_577]).post(IMPORT).then().statusCode(413);
    }

    @Test
    void onlyHostsAndAdminsMayImport() {
        byte[] file = sheet().row("Pick", "A", "B", null, null, 20, 1).bytes();
        given().contentType(XLSX).body(file).post(IMPORT).then().statusCode(401);
        as("player").contentType(XLSX).body(file).post(IMPORT).then().statusCode(403);
    }

    private static List<String> correctTexts(JsonPath quiz, int question) {
        return quiz.getList("questions[" + question + "].choices.findAll { it.correct }.text", String.class);
    }

    private static byte[] zipWith(String name, String content) {
        try (var bytes = new java.io.ByteArrayOutputStream();
                var zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry(name));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.finish();
            return bytes.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
