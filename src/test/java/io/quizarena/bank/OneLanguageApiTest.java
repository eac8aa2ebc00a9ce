package io.quizarena.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quizarena.bank.BankDocument.QuestionDocument;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A host writes in Chinese only, English only or both; readers see what exists; time limits default from reading. */
@QuarkusTest
class OneLanguageApiTest {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private final AsUser host = AsUser.host("host");

    private static Map<String, Object> only(String language, String text) {
        Map<String, Object> t = new HashMap<>();
        t.put(language, text);
        return t;
    }

    /** A single-choice question in one language, without a time limit. */
    private static Map<String, Object> question(String language, String text, String... choices) {
        Map<String, Object> q = BankSamples.singleQuestion(null);
        q.remove("timeLimitSeconds");
        q.put("text", only(language, text));
        List<Map<String, Object>> cs = new java.util.ArrayList<>();
        for (int i = 0; i < choices.length; i++) {
            Map<String, Object> c = new HashMap<>();
            c.put("id", String.valueOf((char) ('a' + i)));
            c.put("text", only(language, choices[i]));
            c.put("correct", i == 0);
            cs.add(c);
        }
        q.put("choices", cs);
        q.put("explanation", only(language, language.equals("zh") ? "因为如此。" : "Because."));
        return q;
    }

    private static int defaultFor(Map<String, Object> question) {
        return ReadingTime.defaultSeconds(JSON.convertValue(question, QuestionDocument.class));
    }

    @Test
    void aChineseOnlyAndAnEnglishOnlyQuestionAreReadInTheLanguageTheyHave() {
        var zh = question("zh", "Mixtral 每个 token 激活几个专家？", "2 个", "8 个");
        String zhId = host.post("/api/questions", zh);
        var en = question("en", "How many experts does Mixtral activate per token?", "Two", "Eight");
        String enId = host.post("/api/questions", en);

        for (String lang : List.of("en", "zh")) {
            host.request()
                    .queryParam("lang", lang)
                    .get("/api/questions/" + zhId)
                    .then()
                    .statusCode(200)
                    .body("text", equalTo("Mixtral 每个 token 激活几个专家？"))
                    .body("choices.text", contains("2 个", "8 个"))
                    .body("explanation", equalTo("因为如此。"))
                    .body("languages", contains("zh"))
                    .body("timeLimitSeconds", equalTo(defaultFor(zh)));
            AsUser.player()
                    .queryParam("lang", lang)
                    .get("/api/questions/" + enId)
                    .then()
                    .statusCode(404); // a host's own question is theirs; the player sees it in a room
            host.request()
                    .queryParam("lang", lang)
                    .get("/api/questions/" + enId)
                    .then()
                    .body("text", equalTo("How many experts does Mixtral activate per token?"))
                    .body("languages", contains("en"));
        }
        // the document keeps what was written: no invented translation
        host.request()
                .get("/api/questions/" + enId + "/document")
                .then()
                .body("text.zh", nullValue())
                .body("text.en", equalTo("How many experts does Mixtral activate per token?"))
                .body("timeLimitSeconds", equalTo(defaultFor(en)));
    }

    @Test
    void aGivenTimeLimitIsKeptAndTheDefaultGrowsWithTheText() {
        var given = question("en", "Short?", "Yes", "No");
        given.put("timeLimitSeconds", 45);
        String id = host.post("/api/questions", given);
        host.request().get("/api/questions/" + id).then().body("timeLimitSeconds", equalTo(45));

        var shortOne = question("en", "Short?", "Yes", "No");
        var longOne = question("en", "Word ".repeat(120) + "?", "Yes", "No");
        int shortLimit = host.request()
                .get("/api/questions/" + host.post("/api/questions", shortOne))
                .then()
                .extract()
                .path("timeLimitSeconds");
        int longLimit = host.request()
                .get("/api/questions/" + host.post("/api/questions", longOne))
                .then()
                .extract()
                .path("timeLimitSeconds");
        assertThat(shortLimit).isEqualTo(10);
        assertThat(longLimit).isEqualTo(defaultFor(longOne)).isGreaterThan(30);
    }

    @Test
    void aQuestionNeedsOneLanguageAndItsChoicesTheLanguagesOfItsText() {
        var none = question("en", "Which?", "One", "Two");
        none.put("text", Map.of("zh", " ", "en", ""));
        host.request()
                .contentType(ContentType.JSON)
                .body(none)
                .post("/api/questions")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("/text"));

        var mixed = question("zh", "哪一个？", "一个", "两个");
        ((List<Map<String, Object>>) mixed.get("choices")).get(1).put("text", only("en", "Two"));
        host.request()
                .contentType(ContentType.JSON)
                .body(mixed)
                .post("/api/questions")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("/choices/1/text/zh"))
                .body("errors[0].message", containsString("written in Chinese"));
    }

    @Test
    void aQuizInOneLanguageIsShownInItAndSaysWhichLanguagesItHas() {
        String enQuestion = host.post("/api/questions", question("en", "Which router?", "Top-2", "Top-8"));
        String zhQuestion = host.post("/api/questions", question("zh", "哪种路由？", "前二", "前八"));
        Map<String, Object> english = BankSamples.quiz(null, List.of(enQuestion));
        english.put("title", only("en", "English only"));
        english.put("description", only("en", "Practice"));
        String englishQuiz = host.post("/api/quizzes", english);
        Map<String, Object> mixed = BankSamples.quiz(null, List.of(zhQuestion, "moe-001"));
        mixed.put("title", only("zh", "中文测验"));
        mixed.put("description", only("zh", "练习"));
        String chineseQuiz = host.post("/api/quizzes", mixed);

        host.request()
                .queryParam("lang", "zh")
                .get("/api/quizzes/" + englishQuiz)
                .then()
                .statusCode(200)
                .body("title", equalTo("English only"))
                .body("description", equalTo("Practice"))
                .body("questions[0].text", equalTo("Which router?"))
                .body("languages", contains("en"));
        host.request()
                .queryParam("lang", "en")
                .get("/api/quizzes/" + chineseQuiz)
                .then()
                .body("title", equalTo("中文测验"))
                .body("questions[0].text", equalTo("哪种路由？"))
                .body("questions[1].text", not(containsString("专家"))) // the official question has English
                .body("languages", contains("zh"));
        host.request()
                .get("/api/quizzes/" + englishQuiz + "/document")
                .then()
                .statusCode(200)
                .body("title.en", equalTo("English only"))
                .body("title.zh", nullValue());
        AsUser.player().get("/api/quizzes/" + englishQuiz + "/document").then().statusCode(403);
        host.request()
                .queryParam("mine", true)
                .queryParam("size", 100)
                .queryParam("lang", "zh")
                .get("/api/quizzes")
                .then()
                .body("items.find { it.id == '" + englishQuiz + "' }.languages", contains("en"))
                .body("items.find { it.id == '" + englishQuiz + "' }.title", equalTo("English only"))
                .body("items.find { it.id == '" + chineseQuiz + "' }.languages", contains("zh"));
        given().queryParam("lang", "en").get("/api/quizzes/topic-moe").then().body("languages", contains("zh", "en"));

        Map<String, Object> untitled = BankSamples.quiz(null, List.of(enQuestion));
        untitled.put("title", Map.of("zh", "", "en", " "));
        host.request()
                .contentType(ContentType.JSON)
                .body(untitled)
                .post("/api/quizzes")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("/title"));
    }

    private static io.restassured.specification.RequestSpecification given() {
        return io.restassured.RestAssured.given();
    }

    @Test
    void aCsvWithOnlyEnglishColumnsAndNoTimeLimitsImportsAndExportsWhatExists() {
        String s = UUID.randomUUID().toString().substring(0, 8);
        String csv = "id,topic,type,question_en,answer_1_en,answer_2_en,correct,explanation_en\n"
                + "h-" + s + "-1,moe,single,Which layer do experts replace?,The FFN,Attention,1,They replace the FFN.\n"
                + "h-" + s + "-2,moe,true_false,Experts share attention?,True,False,1,Attention is shared.\n";
        host.request()
                .contentType("text/csv; charset=UTF-8")
                .body(csv)
                .post("/api/bank/import")
                .then()
                .statusCode(200)
                .body("questionsCreated", equalTo(2));
        host.request()
                .queryParam("lang", "zh")
                .get("/api/questions/h-" + s + "-1")
                .then()
                .body("text", equalTo("Which layer do experts replace?"))
                .body("choices.text", contains("The FFN", "Attention"))
                .body("timeLimitSeconds", equalTo(10));
        String exported = host.request()
                .queryParam("format", "csv")
                .queryParam("scope", "mine")
                .get("/api/bank/export")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        String row = exported.lines()
                .filter(l -> l.startsWith("h-" + s + "-1,"))
                .findFirst()
                .orElseThrow();
        // id, topic, type, difficulty, time limit, then an empty question_zh before the English text
        assertThat(row).startsWith("h-" + s + "-1,moe,single,1,10,,\"Which layer do experts replace?\"");

        host.request()
                .contentType("text/csv; charset=UTF-8")
                .body("topic,type,question_zh,answer_1_zh,answer_2_zh,correct,explanation_zh\n"
                        + "moe,single,专家替换哪一层？,前馈网络,注意力,1,前馈网络。\n")
                .post("/api/bank/import")
                .then()
                .statusCode(200)
                .body("questionsCreated", equalTo(1));
        // a Chinese question whose second answer is in English only: the cell that lacks Chinese is named
        host.request()
                .contentType("text/csv; charset=UTF-8")
                .body("topic,type,question_zh,answer_1_zh,answer_2_en,correct,explanation_zh\n"
                        + "moe,single,专家替换哪一层？,前馈网络,Attention,1,前馈网络。\n")
                .post("/api/bank/import")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("/rows/2/answer_2_zh"));
    }

    @Test
    void aJsonImportInChineseOnlyWithoutTimeLimitsExportsBackWithoutInventedEnglish() throws Exception {
        String s = UUID.randomUUID().toString().substring(0, 8);
        var q = question("zh", "每个 token 经过几个专家？", "两个", "八个");
        q.put("id", "h-" + s + "-zh");
        Map<String, Object> quiz = new HashMap<>();
        quiz.put("id", "q-" + s + "-zh");
        quiz.put("title", only("zh", "只有中文"));
        quiz.put("description", only("zh", "练习"));
        quiz.put("questionIds", List.of("h-" + s + "-zh"));
        host.request()
                .contentType(ContentType.JSON)
                .body(Map.of("formatVersion", 1, "questions", List.of(q), "quizzes", List.of(quiz)))
                .post("/api/bank/import")
                .then()
                .statusCode(200)
                .body("questionsCreated", equalTo(1))
                .body("quizzesCreated", equalTo(1));
        String exported = host.request()
                .queryParam("scope", "mine")
                .get("/api/bank/export")
                .then()
                .extract()
                .asString();
        var tree = JSON.readTree(exported);
        var mine = java.util.stream.StreamSupport.stream(tree.path("questions").spliterator(), false)
                .filter(n -> n.path("id").asText().equals("h-" + s + "-zh"))
                .findFirst()
                .orElseThrow();
        assertThat(mine.path("text").has("en")).isFalse();
        assertThat(mine.path("choices").get(0).path("text").has("en")).isFalse();
        assertThat(mine.path("timeLimitSeconds").asInt()).isEqualTo(defaultFor(q));
        var exportedQuiz = java.util.stream.StreamSupport.stream(
                        tree.path("quizzes").spliterator(), false)
                .filter(n -> n.path("id").asText().equals("q-" + s + "-zh"))
                .findFirst()
                .orElseThrow();
        assertThat(exportedQuiz.path("title").has("en")).isFalse();
        host.request()
                .queryParam("lang", "en")
                .get("/api/quizzes/q-" + s + "-zh")
                .then()
                .body("title", equalTo("只有中文"))
                .body("languages", contains("zh"));
    }
}
