package io.quizarena.training;

import static io.restassured.RestAssured.given;

import io.quizarena.testing.HostContent;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Requests of the training API as a host, a signed-in player or a guest, and the content they play. */
final class TrainingTestSupport {

    private TrainingTestSupport() {}

    /** A single-choice question with choices a to d, of which {@code correct} is right. */
    static Map<String, Object> single(String correct) {
        Map<String, Object> q = new HashMap<>();
        q.put("topic", "moe");
        q.put("difficulty", 2);
        q.put("type", "single");
        q.put("text", HostContent.text("训练题 " + correct, "Training question " + correct));
        List<Map<String, Object>> choices = new ArrayList<>();
        for (String id : List.of("a", "b", "c", "d")) {
            choices.add(Map.of(
                    "id", id, "text", HostContent.text("选项 " + id, "Choice " + id), "correct", id.equals(correct)));
        }
        q.put("choices", choices);
        q.put("explanation", HostContent.text("因为 " + correct, "Because " + correct));
        q.put("timeLimitSeconds", 20);
        return q;
    }

    static RequestSpecification host() {
        return given().auth().preemptive().basic("host", "host").contentType(ContentType.JSON);
    }

    static RequestSpecification player() {
        return given().auth().preemptive().basic("player", "player").contentType(ContentType.JSON);
    }

    static RequestSpecification guest(String guestId) {
        RequestSpecification r = given().contentType(ContentType.JSON);
        return guestId == null ? r : r.header(Learners.GUEST_HEADER, guestId);
    }

    /** Creates an assignment of the quiz as host; returns its id. */
    static String assign(String quizId, Instant deadline, int attempts, Integer limitSeconds) {
        Map<String, Object> body = new HashMap<>();
        body.put("quizId", quizId);
        body.put("deadline", deadline.toString());
        body.put("attemptsAllowed", attempts);
        body.put("timeLimitSeconds", limitSeconds);
        return host().body(body)
                .post("/api/assignments")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static Response next(RequestSpecification as, String attemptId) {
        return as.post("/api/attempts/" + attemptId + "/next");
    }

    static Response answer(RequestSpecification as, String attemptId, int index, String choice) {
        return as.body(Map.of("index", index, "choiceIds", List.of(choice)))
                .post("/api/attempts/" + attemptId + "/answers");
    }
}
