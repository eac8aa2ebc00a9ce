package io.quizarena.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Content a test host creates through the API: their own questions, and a quiz of them in order. */
public final class HostContent {

    private HostContent() {}

    public static Map<String, Object> text(String zh, String en) {
        return Map.of("zh", zh, "en", en);
    }

    /** Creates the questions as host's own and a quiz of them, in order; returns the quiz id. */
    public static String quizOf(List<Map<String, Object>> questions) {
        List<String> ids = new ArrayList<>();
        for (Map<String, Object> q : questions) {
            ids.add(given().auth()
                    .preemptive()
                    .basic("host", "host")
                    .contentType(ContentType.JSON)
                    .body(q)
                    .post("/api/questions")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id"));
        }
        return given().auth()
                .preemptive()
                .basic("host", "host")
                .contentType(ContentType.JSON)
                .body(Map.of("title", text("测试", "Test"), "description", text("测试", "Test"), "questionIds", ids))
                .post("/api/quizzes")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
