package io.quizarena.packaged;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A whole game on the packaged application, over its sockets, in real time: a host signed in with Keycloak, three
 * guests on their phones, two questions, the podium, the saved game; then its score events come back from Kafka onto
 * the leaderboards.
 */
@QuarkusIntegrationTest
@TestProfile(LocalServices.class)
class LiveGameIT {

    static Vertx vertx;

    @BeforeAll
    static void startClient() {
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stopClient() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @Test
    void threePlayersPlayToThePodiumAndOntoTheLeaderboards() {
        String hostToken = Keycloak.token("host");
        String quizId = quizOf(hostToken, List.of(question("single", "a", "b", "c", "d"), question("true_false")));
        JsonObject room = new JsonObject(given().auth()
                .oauth2(hostToken)
                .contentType(ContentType.JSON)
                .body(Map.of("quizId", quizId, "settings", Map.of("standingsEvery", 1)))
                .post("/api/rooms")
                .then()
                .statusCode(201)
                .extract()
                .asString());
        String pin = room.getString("pin");
        String tag = UUID.randomUUID().toString().substring(0, 6);
        List<GameSocket> sockets = new ArrayList<>();
        try (GameSocket host = GameSocket.host(vertx, pin, hostToken)) {
            host.send(new JsonObject().put("type", "hello").put("hostToken", room.getString("hostToken")));
            host.await("host_welcome");
            given().auth()
                    .oauth2(hostToken)
                    .get("/host/room/" + pin)
                    .then()
                    .statusCode(200)
                    .body(containsString("data-test=\"host-pin\">" + pin));

            // the built-in blocked words are in the binary: a blocked nickname gets a typed error, not silence
            try (GameSocket rude = GameSocket.player(vertx, pin)) {
                rude.send(new JsonObject().put("type", "join").put("nickname", "the admin"));
                assertThat(rude.await("error").getString("code")).isEqualTo("nickname_blocked");
            }

            String[] teams = {"Red", "red", "Blue"};
            List<String> keys = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                GameSocket p = GameSocket.player(vertx, pin);
                sockets.add(p);
                p.send(new JsonObject()
                        .put("type", "join")
                        .put("nickname", "it" + tag + "-" + i)
                        .put("team", teams[i]));
                String guestId = p.await("welcome").getString("guestId");
                keys.add("guest:" + guestId.substring(0, guestId.lastIndexOf('.')));
            }

            // player 0 answers both right, player 1 the first only, player 2 neither
            String[][] answers = {{"b", "true"}, {"b", "false"}, {"a", "false"}};
            for (int q = 0; q < 2; q++) {
                if (q > 0) {
                    host.send(command("next"));
                    host.await("standings");
                }
                host.send(command(q == 0 ? "start" : "next"));
                host.await("get_ready");
                assertThat(host.await("question").getInteger("questionIndex")).isEqualTo(q);
                for (int i = 0; i < 3; i++) {
                    GameSocket p = sockets.get(i);
                    p.await("question");
                    p.send(command("answer")
                            .put("questionIndex", q)
                            .put("choiceIds", new JsonArray(List.of(answers[i][q]))));
                    p.await("answer_ack");
                }
                JsonObject reveal = host.await("reveal"); // every player answered: the question closes early
                assertThat(reveal.getInteger("answered")).isEqualTo(3);
                for (GameSocket p : sockets) {
                    p.await("result");
                }
            }
            host.send(command("next"));
            JsonObject podium = host.await("podium");
            assertThat(podium.getJsonArray("top").getJsonObject(0).getString("nickname"))
                    .isEqualTo("it" + tag + "-0");
            int[] scores = new int[3];
            for (int i = 0; i < 3; i++) {
                JsonObject fin = sockets.get(i).await("final");
                scores[i] = fin.getInteger("score");
                assertThat(fin.getInteger("rank")).isEqualTo(i + 1);
            }
            assertThat(scores[0]).isGreaterThan(scores[1]);
            assertThat(scores[1]).isGreaterThan(0);
            assertThat(scores[2]).isZero();
            String gameId = host.await("game_saved").getString("gameId");

            theLeaderboardsShowTheGame(gameId, keys, scores);
            theHostReadsTheResults(hostToken, gameId, tag);

            host.send(command("next"));
            assertThat(host.awaitClose()).isEqualTo(1000);
        } finally {
            sockets.forEach(GameSocket::close);
        }
    }

    /** Score events went out through the outbox and Kafka and came back to the projector. */
    static void theLeaderboardsShowTheGame(String gameId, List<String> keys, int[] scores) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> given().get("/api/leaderboards/game-" + gameId + "?limit=10")
                        .then()
                        .statusCode(200)
                        .body("entrants", equalTo(3)));
        JsonPath board = given().get("/api/leaderboards/game-" + gameId + "?limit=10")
                .then()
                .extract()
                .jsonPath();
        assertThat(board.getList("rows.entrant")).containsExactlyElementsOf(keys);
        assertThat(board.getList("rows.points", Integer.class)).containsExactly(scores[0], scores[1], scores[2]);
        assertThat(board.getList("rows.rank", Integer.class)).containsExactly(1, 2, 3);
        for (String board2 : List.of("global", "weekly", "topic-moe")) {
            given().get("/api/leaderboards/" + board2 + "/entrants/" + keys.get(0) + "?neighbours=1")
                    .then()
                    .statusCode(200)
                    .body("entrant.points", equalTo(scores[0]));
        }
        given().get("/api/leaderboards/teams/entrants/red?neighbours=0")
                .then()
                .statusCode(200)
                .body("entrant.entrant", equalTo("red"));
        given().get("/api/leaderboards").then().statusCode(200).body("id", hasItem("global"));
        assertThat(firstLiveEvent("/api/leaderboards/game-" + gameId + "/live").getInteger("entrants"))
                .isEqualTo(3);
        given().get("/leaderboards/game-" + gameId).then().statusCode(200).body(containsString("it"));
    }

    /** The first server-sent event of a live board, which comes at once. */
    static JsonObject firstLiveEvent(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + RestAssured.port + path))
                .header("Accept", "text/event-stream")
                .build();
        CompletableFuture<String> first = HttpClient.newHttpClient()
                .sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .thenApply(response -> {
                    try (Stream<String> lines = response.body()) {
                        return lines.filter(l -> l.startsWith("data:"))
                                .findFirst()
                                .orElseThrow();
                    }
                });
        try {
            return new JsonObject(
                    first.get(GameSocket.WAIT.toSeconds(), TimeUnit.SECONDS).substring(5));
        } catch (Exception e) {
            throw new AssertionError("no event from " + path, e);
        }
    }

    static void theHostReadsTheResults(String hostToken, String gameId, String tag) {
        given().auth()
                .oauth2(hostToken)
                .get("/api/games/" + gameId)
                .then()
                .statusCode(200)
                .body("players.nickname", hasItem("it" + tag + "-0"));
        given().auth()
                .oauth2(hostToken)
                .get("/api/games/" + gameId + "/results.csv")
                .then()
                .statusCode(200)
                .body(containsString("it" + tag + "-2"));
        given().auth()
                .oauth2(hostToken)
                .get("/results/" + gameId)
                .then()
                .statusCode(200)
                .body(containsString("it" + tag + "-1"));
    }

    static JsonObject command(String type) {
        return new JsonObject().put("type", type);
    }

    /** A question of topic moe: single choice with b correct, or true_false with true correct. */
    static Map<String, Object> question(String type, String... choiceIds) {
        List<Map<String, Object>> choices = new ArrayList<>();
        if (type.equals("true_false")) {
            choices.add(Map.of("id", "true", "text", text("正确", "True"), "correct", true));
            choices.add(Map.of("id", "false", "text", text("错误", "False"), "correct", false));
        } else {
            for (String id : choiceIds) {
                choices.add(Map.of("id", id, "text", text("选项 " + id, "Choice " + id), "correct", id.equals("b")));
            }
        }
        return Map.of(
                "topic",
                "moe",
                "difficulty",
                1,
                "type",
                type,
                "text",
                text("测试问题：" + type, "Test question: " + type),
                "choices",
                choices,
                "explanation",
                text("测试解释。", "Test explanation."),
                "timeLimitSeconds",
                30);
    }

    static String quizOf(String hostToken, List<Map<String, Object>> questions) {
        List<String> ids = new ArrayList<>();
        for (Map<String, Object> q : questions) {
            ids.add(given().auth()
                    .oauth2(hostToken)
                    .contentType(ContentType.JSON)
                    .body(q)
                    .post("/api/questions")
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id"));
        }
        return given().auth()
                .oauth2(hostToken)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "title",
                        text("集成测试", "Integration test"),
                        "description",
                        text("测试", "Test"),
                        "questionIds",
                        ids))
                .post("/api/quizzes")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static Map<String, Object> text(String zh, String en) {
        return Map.of("zh", zh, "en", en);
    }
}
