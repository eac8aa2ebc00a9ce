package io.quizarena.bank.kahoot;

import static io.quizarena.bank.kahoot.KahootFiles.XLSX;
import static io.quizarena.bank.kahoot.KahootFiles.as;
import static io.quizarena.bank.kahoot.KahootFiles.sheet;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class KahootExportTest {

    private static final String HOST = "host";

    @Test
    void exportThenImportGivesTheSameQuiz() {
        KahootFiles file = sheet().title("Round trip");
        file.row("What is the capital of France?", "Berlin", "Paris", "Rome", "Madrid", 20, 2);
        file.row("Which of these are prime?", "2", "4", "5", "9", 60, "1,3");
        file.row("The Earth is round.", "True", "False", null, null, 5, 1);
        file.row("Pick the mammal", "Shark", "Whale", "Trout", null, 240, 2);
        String first = importSheet(file.bytes());

        ExtractableResponse<Response> export = as(HOST).get("/api/quizzes/" + first + "/export/kahoot?lang=en")
                .then()
                .statusCode(200)
                .contentType(XLSX)
                .header("Content-Disposition", containsString("attachment; filename=\"" + first + "-kahoot.xlsx\""))
                .header(KahootExportResource.EXPORTED, "4")
                .extract();
        assertThat(export.header(KahootExportResource.SKIPPED)).isNull();
        assertThat(export.header(KahootExportResource.RETIMED)).isNull();
        String second = importSheet(export.asByteArray());

        assertThat(second).isNotEqualTo(first);
        for (String lang : List.of("en", "zh")) {
            assertThat(comparable(second, lang)).isEqualTo(comparable(first, lang));
        }
        assertThat(comparable(second, "en").get("title")).isEqualTo("Round trip");
    }

    @Test
    void questionsTheTemplateCannotHoldAreListedNotDropped() {
        String single = create(single("h-kx-single-" + suffix(), 25, 3));
        String ordering = create(ordering());
        String numeric = create(numeric());
        String six = create(single(null, 20, 6));
        String trueFalse = create(trueFalse());
        String quiz = as(HOST).contentType(ContentType.JSON)
                .body(Map.of(
                        "title", text("混合测验", "Mixed quiz"),
                        "description", text("各种题型", "All kinds"),
                        "questionIds", List.of(single, ordering, numeric, six, trueFalse)))
                .post("/api/quizzes")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        ExtractableResponse<Response> export = as(HOST).get("/api/quizzes/" + quiz + "/export/kahoot?lang=en")
                .then()
                .statusCode(200)
                .header(KahootExportResource.EXPORTED, "2")
                .extract();
        assertThat(export.header(KahootExportResource.SKIPPED).split(","))
                .containsExactly(ordering + ":ordering", numeric + ":numeric", six + ":more-than-4-answers");
        assertThat(export.header(KahootExportResource.RETIMED)).isEqualTo(single + ":25->30");

        List<List<String>> rows = KahootFiles.readBack(export.asByteArray());
        assertThat(rows.get(0)).containsExactly("Quiz title", "Mixed quiz");
        assertThat(rows.get(7).subList(1, 8)).containsExactlyElementsOf(KahootFiles.HEADER);
        assertThat(rows).hasSize(10);
        assertThat(rows.get(8))
                .containsExactly(
                        "1", "How many experts does Mixtral activate per token?", "1", "2", "8", "", "30", "2");
        assertThat(rows.get(9))
                .containsExactly("2", "Mixtral is a mixture-of-experts model.", "True", "False", "", "", "10", "1");

        // in Chinese, the same rows in the other language
        List<List<String>> zh = KahootFiles.readBack(as(HOST).get("/api/quizzes/" + quiz + "/export/kahoot?lang=zh")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray());
        assertThat(zh.get(0)).containsExactly("Quiz title", "混合测验");
        assertThat(zh.get(9).subList(1, 4)).containsExactly("Mixtral 是混合专家模型。", "正确", "错误");
    }

    @Test
    void anotherHostsQuizIsNotFoundAndGuestsMayNotExport() {
        String foreign = importSheetAs(
                "host2", sheet().row("Pick", "A", "B", null, null, 20, 1).bytes());
        as(HOST).get("/api/quizzes/" + foreign + "/export/kahoot").then().statusCode(404);
        given().get("/api/quizzes/" + foreign + "/export/kahoot").then().statusCode(401);
        as("player").get("/api/quizzes/" + foreign + "/export/kahoot").then().statusCode(403);
        // the quiz resource's own paths still answer beside this one
        as("host2").get("/api/quizzes/" + foreign).then().statusCode(200).body("id", equalTo(foreign));
    }

    @Test
    void anOfficialQuizExportsWithItsSkippedQuestionsNamed() {
        ExtractableResponse<Response> export = as(HOST).get("/api/quizzes/topic-moe/export/kahoot?lang=en")
                .then()
                .statusCode(200)
                .extract();
        int exported = Integer.parseInt(export.header(KahootExportResource.EXPORTED));
        String skipped = export.header(KahootExportResource.SKIPPED);
        int skippedCount = skipped == null ? 0 : skipped.split(",").length;
        int total = as(HOST).get("/api/quizzes/topic-moe").then().extract().path("questionCount");
        assertThat(exported + skippedCount).isEqualTo(total);
        assertThat(KahootFiles.readBack(export.asByteArray())).hasSize(8 + exported);
    }

    /** A quiz's title and questions as plain data, ids left out. */
    private static Map<String, Object> comparable(String quizId, String lang) {
        JsonPath quiz = as(HOST).get("/api/quizzes/" + quizId + "?lang=" + lang)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        return Map.of(
                "title", quiz.getString("title"),
                "texts", quiz.getList("questions.text"),
                "types", quiz.getList("questions.type"),
                "limits", quiz.getList("questions.timeLimitSeconds"),
                "choices", quiz.getList("questions.choices.text"),
                "keys", quiz.getList("questions.choices.correct"),
                "explanations", quiz.getList("questions.explanation"));
    }

    private static String importSheet(byte[] file) {
        return importSheetAs(HOST, file);
    }

    private static String importSheetAs(String user, byte[] file) {
        return as(user).contentType(XLSX)
                .body(file)
                .queryParam("lang", "en")
                .post("/api/bank/import/kahoot")
                .then()
                .statusCode(200)
                .extract()
                .path("quizId");
    }

    private static String create(Map<String, Object> question) {
        return as(HOST).contentType(ContentType.JSON)
                .body(question)
                .post("/api/questions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String suffix() {
        return Long.toString(System.nanoTime(), 36);
    }

    private static Map<String, Object> base(String type, int timeLimit) {
        Map<String, Object> q = new java.util.HashMap<>();
        q.put("topic", "moe");
        q.put("difficulty", 1);
        q.put("type", type);
        q.put("explanation", text("Mixtral 使用 top-2 路由。", "Mixtral routes each token to its top 2 experts."));
        q.put("timeLimitSeconds", timeLimit);
        return q;
    }

    private static Map<String, Object> single(String id, int timeLimit, int choices) {
        Map<String, Object> q = base("single", timeLimit);
        if (id != null) {
            q.put("id", id);
        }
        q.put("text", text("Mixtral 每个 token 激活几个专家？", "How many experts does Mixtral activate per token?"));
        String[] answers = {"1", "2", "8", "16", "32", "64"};
        List<Map<String, Object>> list = new java.util.ArrayList<>();
        for (int i = 0; i < choices; i++) {
            list.add(Map.of("id", "c" + i, "text", text(answers[i] + " 个", answers[i]), "correct", i == 1));
        }
        q.put("choices", list);
        return q;
    }

    private static Map<String, Object> trueFalse() {
        Map<String, Object> q = base("true_false", 10);
        q.put("text", text("Mixtral 是混合专家模型。", "Mixtral is a mixture-of-experts model."));
        q.put(
                "choices",
                List.of(
                        Map.of("id", "true", "text", text("正确", "True"), "correct", true),
                        Map.of("id", "false", "text", text("错误", "False"), "correct", false)));
        return q;
    }

    private static Map<String, Object> ordering() {
        Map<String, Object> q = base("ordering", 30);
        q.put("text", text("按参数量从小到大排序。", "Order by parameter count, smallest first."));
        q.put(
                "items",
                List.of(
                        Map.of("id", "s", "text", text("7B", "7B")),
                        Map.of("id", "m", "text", text("13B", "13B")),
                        Map.of("id", "l", "text", text("70B", "70B"))));
        return q;
    }

    private static Map<String, Object> numeric() {
        Map<String, Object> q = base("numeric", 20);
        q.put("text", text("Mixtral 8x7B 有几个专家？", "How many experts does Mixtral 8x7B have?"));
        q.put("answer", 8);
        q.put("tolerance", 0);
        q.put("min", 0);
        q.put("max", 16);
        q.put("step", 1);
        q.put("unit", text("个", "experts"));
        return q;
    }

    private static Map<String, Object> text(String zh, String en) {
        return Map.of("zh", zh, "en", en);
    }
}
