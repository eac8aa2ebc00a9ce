package io.quizarena.packaged;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The bank API of the packaged application: the official bank it loaded from its bank files at start-up, a host's
 * own question (a new id, its body stored as JSON and read back), export and a refused import.
 */
@QuarkusIntegrationTest
@TestProfile(LocalServices.class)
class BankApiIT {

    static RequestSpecification asHost() {
        return given().auth().oauth2(Keycloak.token("host"));
    }

    @Test
    void theOfficialBankIsLoaded() {
        List<Integer> counts = given().get("/api/topics?lang=en")
                .then()
                .statusCode(200)
                .body("id", hasItems("moe", "rag", "architecture"))
                .extract()
                .path("officialQuestions");
        assertThat(counts).hasSize(12);
        assertThat(counts.stream().mapToInt(Integer::intValue).sum()).isGreaterThanOrEqualTo(482);
        given().get("/api/quizzes?lang=zh&size=100")
                .then()
                .statusCode(200)
                .body("items.id", hasItems("topic-moe", "llm-interview-warm-up"));
    }

    @Test
    void playersSeeQuestionsWithoutKeysAndHostsWithThem() {
        given().get("/api/questions?topic=moe&type=single&lang=en&size=5")
                .then()
                .statusCode(200)
                .body("total", org.hamcrest.Matchers.greaterThan(0))
                .body("items.choices.flatten().correct", everyItem(nullValue()))
                .body("items.explanation", everyItem(nullValue()));
        asHost().get("/api/questions?topic=moe&type=single&lang=zh&size=5")
                .then()
                .statusCode(200)
                .body("items.explanation", everyItem(notNullValue()))
                .body("items.choices.flatten().correct", hasItem(true));
    }

    @Test
    void aHostWritesAQuestionOfTheirOwnAndReadsItBack() {
        String id = asHost().contentType(ContentType.JSON)
                .body(sampleQuestion(20))
                .post("/api/questions")
                .then()
                .statusCode(201)
                .body("id", matchesPattern("h-[a-z2-9]{10}"))
                .extract()
                .path("id");
        asHost().get("/api/questions/" + id + "/document")
                .then()
                .statusCode(200)
                .body("type", equalTo("single"))
                .body("choices", hasSize(3))
                .body("choices.find { it.correct }.id", equalTo("b"));
        asHost().delete("/api/questions/" + id).then().statusCode(204);
    }

    @Test
    void exportAsJsonAndCsv() {
        asHost().get("/api/bank/export?format=json&scope=official&topic=moe")
                .then()
                .statusCode(200)
                .body("formatVersion", equalTo(1))
                .body("questions.id", everyItem(startsWith("moe-")))
                .body("questions[0].text.zh", notNullValue());
        String csv = asHost().get("/api/bank/export?format=csv&scope=official&topic=moe")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(csv.lines().skip(1).filter(l -> l.startsWith("moe-"))).isNotEmpty();
    }

    @Test
    void anImportThatBreaksTheSchemaIsRefusedNamingTheField() {
        Map<String, Object> file =
                Map.of("formatVersion", 1, "questions", List.of(sampleQuestion(9999)), "quizzes", List.of());
        asHost().contentType(ContentType.JSON)
                .body(file)
                .post("/api/bank/import")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:quiz-arena:problem:invalid-input"))
                .body("errors.field", hasItem("/questions/0/timeLimitSeconds"))
                .body("errors.message", hasItem(containsString("240")));
    }

    static Map<String, Object> sampleQuestion(int timeLimitSeconds) {
        return Map.of(
                "topic",
                "moe",
                "difficulty",
                1,
                "type",
                "single",
                "text",
                text("Mixtral 每个 token 激活几个专家？", "How many experts does Mixtral activate per token?"),
                "choices",
                List.of(
                        Map.of("id", "a", "text", text("1 个", "1"), "correct", false),
                        Map.of("id", "b", "text", text("2 个", "2"), "correct", true),
                        Map.of("id", "c", "text", text("8 个", "8"), "correct", false)),
                "explanation",
                text("Mixtral 使用 top-2 路由。", "Mixtral routes each token to its top 2 experts."),
                "timeLimitSeconds",
                timeLimitSeconds);
    }

    static Map<String, Object> text(String zh, String en) {
        return Map.of("zh", zh, "en", en);
    }
}
