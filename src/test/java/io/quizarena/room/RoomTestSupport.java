package io.quizarena.room;

import static io.quizarena.testing.HostContent.text;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quizarena.testing.HostContent;
import io.restassured.http.ContentType;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** What room tests share: questions with known keys, opening rooms, host and player sockets, virtual time. */
abstract class RoomTestSupport {

    @Inject
    Vertx vertx;

    @Inject
    RoomScheduler scheduler;

    @TestHTTPResource("/")
    URL base;

    final List<TestSocket> sockets = new ArrayList<>();

    @BeforeEach
    void watchEventLoops() {
        BlockedEventLoopWatch.install();
    }

    @AfterEach
    void closeSocketsAndCheckEventLoops() {
        sockets.forEach(TestSocket::close);
        sockets.clear();
        assertThat(BlockedEventLoopWatch.warnings())
                .as("blocked event loop warnings")
                .isEmpty();
    }

    ManualRoomScheduler clock() {
        return (ManualRoomScheduler) scheduler;
    }

    static Map<String, Object> choice(String id, boolean correct) {
        return Map.of("id", id, "text", text("选项 " + id, "Choice " + id), "correct", correct);
    }

    static Map<String, Object> question(String type, int limitSeconds) {
        Map<String, Object> q = new HashMap<>();
        q.put("topic", "moe");
        q.put("difficulty", 1);
        q.put("type", type);
        q.put("text", text("测试问题：" + type, "Test question: " + type));
        q.put("explanation", text("测试解释。", "Test explanation."));
        q.put("timeLimitSeconds", limitSeconds);
        return q;
    }

    /** A choice question whose correct choices are {@code correct}, out of a, b, c, d. */
    static Map<String, Object> choiceQuestion(String type, int limitSeconds, String... correct) {
        Map<String, Object> q = question(type, limitSeconds);
        List<Map<String, Object>> choices = new ArrayList<>();
        if (type.equals("true_false")) {
            choices.add(Map.of(
                    "id",
                    "true",
                    "text",
                    text("正确", "True"),
                    "correct",
                    List.of(correct).contains("true")));
            choices.add(Map.of(
                    "id",
                    "false",
                    "text",
                    text("错误", "False"),
                    "correct",
                    List.of(correct).contains("false")));
        } else {
            for (String id : List.of("a", "b", "c", "d")) {
                choices.add(choice(id, List.of(correct).contains(id)));
            }
        }
        q.put("choices", choices);
        return q;
    }

    static Map<String, Object> numericQuestion(int limitSeconds, int answer, int tolerance) {
        Map<String, Object> q = question("numeric", limitSeconds);
        q.put("answer", answer);
        q.put("tolerance", tolerance);
        q.put("min", 0);
        q.put("max", 100);
        q.put("step", 1);
        q.put("unit", text("个", "units"));
        return q;
    }

    static Map<String, Object> orderingQuestion(int limitSeconds, String... correctOrder) {
        Map<String, Object> q = question("ordering", limitSeconds);
        List<Map<String, Object>> items = new ArrayList<>();
        for (String id : correctOrder) {
            items.add(Map.of("id", id, "text", text("步骤 " + id, "Step " + id)));
        }
        q.put("items", items);
        return q;
    }

    static Map<String, Object> typedQuestion(int limitSeconds, String... accepted) {
        Map<String, Object> q = question("typed", limitSeconds);
        q.put("accepted", Map.of("zh", List.of(accepted), "en", List.of(accepted)));
        return q;
    }

    /** The host's own questions as a quiz, in order (see {@link HostContent#quizOf}). */
    String quizOf(List<Map<String, Object>> questions) {
        return HostContent.quizOf(questions);
    }

    /** Opens a room as host; returns {pin, hostToken, ...}. */
    JsonObject openRoom(String quizId, Map<String, Object> settings) {
        Map<String, Object> body = new HashMap<>();
        body.put("quizId", quizId);
        body.put("settings", settings);
        String json = given().auth()
                .preemptive()
                .basic("host", "host")
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/rooms")
                .then()
                .statusCode(201)
                .extract()
                .asString();
        return new JsonObject(json);
    }

    TestSocket host(JsonObject room) {
        TestSocket host = track(TestSocket.host(vertx, room.getString("pin"), "host"));
        host.send(new JsonObject().put("type", "hello").put("hostToken", room.getString("hostToken")));
        host.await("host_welcome");
        return host;
    }

    TestSocket player(String pin, String nickname) {
        TestSocket player = track(TestSocket.open(vertx, "/ws/play/" + pin));
        player.send(new JsonObject().put("type", "join").put("nickname", nickname));
        return player;
    }

    TestSocket joined(String pin, String nickname) {
        TestSocket player = player(pin, nickname);
        player.await("welcome");
        return player;
    }

    /** Closes the host's socket and waits until the room has noticed. */
    void dropHost(TestSocket host, String pin) {
        host.close();
        org.awaitility.Awaitility.await()
                .atMost(TestSocket.WAIT)
                .untilAsserted(() -> io.restassured.RestAssured.given()
                        .get("/api/rooms/" + pin)
                        .then()
                        .body("hostConnected", org.hamcrest.Matchers.equalTo(false)));
    }

    /**
     * Waits until the room has noticed that a player's connection closed: moves virtual time on in steps of the host
     * feed's interval until the host hears of the departure (at most a few seconds of virtual time).
     */
    void awaitDeparture(TestSocket host, String playerId) {
        org.awaitility.Awaitility.await().atMost(TestSocket.WAIT).until(() -> {
            clock().advance(250);
            return host.frames().stream()
                    .anyMatch(
                            f -> f.contains("\"left\":[") && f.matches(".*\"left\":\\[[^\\]]*\"" + playerId + "\".*"));
        });
    }

    TestSocket track(TestSocket socket) {
        sockets.add(socket);
        return socket;
    }

    static JsonObject command(String type) {
        return new JsonObject().put("type", type);
    }

    static JsonObject choices(int questionIndex, String... ids) {
        return command("answer").put("questionIndex", questionIndex).put("choiceIds", new JsonArray(List.of(ids)));
    }

    /** Starts (or advances to) the next question: host command, get-ready countdown, question open. */
    void openNextQuestion(TestSocket host, String hostCommand, List<TestSocket> players) {
        host.send(command(hostCommand));
        host.await("get_ready");
        clock().advance(3_000);
        host.await("question");
        for (TestSocket p : players) {
            p.await("question");
        }
    }
}
