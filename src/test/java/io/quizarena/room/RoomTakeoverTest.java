package io.quizarena.room;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * One application plays both nodes: a room's record is made to look like another node's that died (its lease run
 * out), and the room leaves this node's memory. The next socket for its PIN makes this node take the room over from
 * its snapshot in the database (H2 here, PostgreSQL under -Pit), as a second pod would.
 */
@QuarkusTest
@TestProfile(VirtualTimeProfile.class)
class RoomTakeoverTest extends RoomTestSupport {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    RoomRegistry registry;

    @Test
    void aRoomWhoseNodeDiedMidQuestionIsTakenOverAndGoesOnWithThatQuestionVoided() throws Exception {
        JsonObject room = openRoom(
                quizOf(List.of(
                        choiceQuestion("single", 20, "b"),
                        choiceQuestion("single", 20, "c"),
                        choiceQuestion("single", 20, "a"))),
                Map.of("scoring", "ACCURACY", "streakBonus", false, "standingsEvery", 0));
        String pin = room.getString("pin");
        assertThat(row(pin, "owner_node"))
                .as("the room is recorded as this node's")
                .isNotNull();
        TestSocket host = host(room);
        TestSocket ada = joined(pin, "Ada");
        TestSocket bob = joined(pin, "Bob");
        String adaToken = new JsonObject(ada.frames().get(0)).getString("resumeToken");
        openNextQuestion(host, "start", List.of(ada, bob));
        ada.send(choices(0, "b"));
        bob.send(choices(0, "a"));
        host.await("reveal");
        openNextQuestion(host, "next", List.of(ada, bob));
        ada.send(choices(1, "c"));
        ada.await("answer_ack");
        Awaitility.await().atMost(TestSocket.WAIT).until(() -> "QUESTION_OPEN".equals(row(pin, "phase")));

        // the node "dies": the room is gone from memory, and its lease in the database has run out
        var game = registry.remove(pin);
        game.submit(game::handOff);
        assertThat(ada.awaitClose()).isEqualTo(1012);
        update("update room_record set owner_node = 'dead-node', owner_url = 'http://127.0.0.1:1', lease_until = 0"
                + " where pin = '" + pin + "'");
        given().get("/api/rooms/" + pin)
                .then()
                .statusCode(200)
                .body("state", equalTo("QUESTION_OPEN"))
                .body("joinUrl", equalTo(room.getString("joinUrl")));

        TestSocket ada2 = track(TestSocket.open(vertx, "/ws/play/" + pin));
        ada2.send(command("resume").put("resumeToken", adaToken));
        JsonObject welcome = ada2.await("welcome");
        assertThat(welcome.getJsonObject("you").getInteger("score")).isEqualTo(1000);
        assertThat(welcome.getJsonObject("current").getString("type"))
                .as("the question open at the crash is voided; the next one is coming")
                .isEqualTo("get_ready");
        assertThat(welcome.getJsonObject("current").getInteger("questionIndex")).isEqualTo(2);
        assertThat(row(pin, "owner_node")).as("taken over").isNotEqualTo("dead-node");

        String bobToken = new JsonObject(bob.frames().get(0)).getString("resumeToken");
        TestSocket bob2 = track(TestSocket.open(vertx, "/ws/play/" + pin));
        bob2.send(command("resume").put("resumeToken", bobToken));
        bob2.await("welcome");
        TestSocket host2 = host(room);
        assertThat(host2.frames().stream()
                        .map(JsonObject::new)
                        .filter(frame -> "host_welcome".equals(frame.getString("type")))
                        .findFirst()
                        .orElseThrow()
                        .getString("joinUrl"))
                .as("the node that took the room over announces the link it was opened with (docs/adr/0016)")
                .isEqualTo(room.getString("joinUrl"));
        clock().advance(3_000);
        ada2.await("question");
        bob2.await("question");
        ada2.send(choices(2, "a"));
        bob2.send(choices(2, "a"));
        host2.await("reveal");
        host2.send(command("next"));
        assertThat(ada2.await("final").getInteger("score")).isEqualTo(2000);
        assertThat(bob2.await("final").getInteger("score")).isEqualTo(1000);
        host2.await("game_saved");
        host2.send(command("next")); // the host closes the room: its record goes
        Awaitility.await().atMost(TestSocket.WAIT).until(() -> row(pin, "pin") == null);
    }

    @Test
    void aPinNoNodeHoldsIsUnknownEverywhere() {
        given().get("/api/rooms/999999").then().statusCode(404);
        TestSocket stranger = track(TestSocket.open(vertx, "/ws/play/999999"));
        assertThat(stranger.awaitClose()).isEqualTo(4404);
    }

    private String row(String pin, String column) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select " + column + " from room_record where pin = ?")) {
            s.setString(1, pin);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    private void update(String sql) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }
}
