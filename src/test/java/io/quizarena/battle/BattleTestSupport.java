package io.quizarena.battle;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quizarena.room.ManualRoomScheduler;
import io.quizarena.room.RoomScheduler;
import io.quizarena.room.TestSocket;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

/** What battle tests share: searching, meeting, joining, the keys of the questions, and virtual time. */
abstract class BattleTestSupport {

    @Inject
    Vertx vertx;

    @Inject
    RoomScheduler scheduler;

    final List<TestSocket> sockets = new ArrayList<>();

    /** A player as a test drives them: the guest id their browser would keep, and their sockets. */
    record Player(String nickname, String guestId, TestSocket queue) {}

    @AfterEach
    void closeSockets() {
        sockets.forEach(TestSocket::close);
        sockets.clear();
    }

    ManualRoomScheduler clock() {
        return (ManualRoomScheduler) scheduler;
    }

    TestSocket open(String path) {
        TestSocket socket = TestSocket.open(vertx, path);
        sockets.add(socket);
        return socket;
    }

    /** Opens the queue socket and searches; returns the player with the guest id the server issued. */
    Player seek(String nickname, String topic) {
        TestSocket queue = open("/ws/matchmaking");
        queue.send(new JsonObject().put("type", "seek").put("topic", topic).put("nickname", nickname));
        JsonObject searching = queue.await("searching");
        assertThat(searching.getString("guestId")).isNotBlank();
        return new Player(nickname, searching.getString("guestId"), queue);
    }

    /** Joins a battle with the player's guest id; waits for the battle's welcome. */
    TestSocket join(String battleId, Player player) {
        TestSocket socket = open("/ws/battle/" + battleId);
        socket.send(new JsonObject()
                .put("type", "join")
                .put("nickname", player.nickname())
                .put("guestId", player.guestId()));
        socket.await("battle_welcome");
        return socket;
    }

    static JsonObject choose(int questionIndex, String... ids) {
        return new JsonObject()
                .put("type", "answer")
                .put("questionIndex", questionIndex)
                .put("choiceIds", new JsonArray(List.of(ids)));
    }

    /** The correct choice of a bank question, as a host may see it. */
    static String keyOf(JsonObject questionFrame) {
        String id = questionFrame.getJsonObject("question").getString("id");
        List<String> correct = given().auth()
                .preemptive()
                .basic("host", "host")
                .get("/api/questions/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("choices.findAll { it.correct }.id");
        assertThat(correct).hasSize(1);
        return correct.get(0);
    }

    /** A wrong choice of the same question. */
    static String wrongOf(JsonObject questionFrame, String key) {
        return questionFrame.getJsonObject("question").getJsonArray("choices").stream()
                .map(c -> ((JsonObject) c).getString("id"))
                .filter(id -> !id.equals(key))
                .findFirst()
                .orElseThrow();
    }

    /**
     * Moves virtual time on, a quarter second at each poll, until the socket has a frame of this type: for what
     * follows timers and the database (a forfeit, the ratings projected after a battle).
     */
    JsonObject advanceUntil(TestSocket socket, String type) {
        org.awaitility.Awaitility.await().atMost(TestSocket.WAIT).until(() -> {
            clock().advance(250);
            return socket.hasPending(type);
        });
        return socket.await(type);
    }
}
