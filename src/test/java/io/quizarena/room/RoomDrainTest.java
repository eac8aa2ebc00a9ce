package io.quizarena.room;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * What a node does when told to stop, short of exiting (the two-node test in the cluster package sends a real SIGTERM
 * to a real process): unready, no new rooms, the open question runs to its reveal, then the room is written, released
 * and everyone is told to reconnect. An application of its own: once drained, it stays drained.
 */
@QuarkusTest
@TestProfile(RoomDrainTest.DrainProfile.class)
class RoomDrainTest extends RoomTestSupport {

    /** Virtual time, and a drain that waits up to a minute of real time for the open question. */
    public static class DrainProfile extends VirtualTimeProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            var overrides = new java.util.HashMap<>(super.getConfigOverrides());
            overrides.put("arena.cluster.drain", "60s");
            return overrides;
        }
    }

    @Inject
    RoomDrain drain;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aDrainingNodeLetsTheQuestionRevealThenHandsTheRoomOverAndTakesNoNewRooms() throws Exception {
        JsonObject room = openRoom(
                quizOf(List.of(choiceQuestion("single", 20, "b"), choiceQuestion("single", 20, "c"))),
                Map.of("scoring", "ACCURACY"));
        String pin = room.getString("pin");
        TestSocket host = host(room);
        TestSocket ada = joined(pin, "Ada");
        TestSocket bob = joined(pin, "Bob");
        openNextQuestion(host, "start", List.of(ada, bob));
        ada.send(choices(0, "b"));
        ada.await("answer_ack");

        CompletableFuture<Void> drained = CompletableFuture.runAsync(drain::drain);
        org.awaitility.Awaitility.await().atMost(TestSocket.WAIT).until(drain::draining);
        given().get("/q/health/ready").then().statusCode(503);
        given().auth()
                .preemptive()
                .basic("host", "host")
                .contentType(ContentType.JSON)
                .body(Map.of("quizId", "llm-interview-warm-up", "settings", Map.of()))
                .post("/api/rooms")
                .then()
                .statusCode(503)
                .body("type", org.hamcrest.Matchers.endsWith("service-unavailable"));
        assertThat(drained).as("the open question is still running").isNotDone();

        bob.send(choices(0, "b")); // the last answer: the reveal, and then the hand-over
        assertThat(bob.await("result").getInteger("score")).isEqualTo(1000);
        assertThat(bob.await("reconnect").getString("reason")).isEqualTo("moving");
        assertThat(bob.awaitClose()).isEqualTo(1012);
        assertThat(host.await("reconnect").getString("reason")).isEqualTo("moving");
        drained.get(20, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(column(pin, "phase")).isEqualTo("REVEAL");
        assertThat(column(pin, "owner_node")).as("released for the next node").isNull();
        assertThat(column(pin, "lease_until")).isEqualTo("0");
        given().get("/api/rooms/" + pin).then().statusCode(200).body("state", equalTo("REVEAL"));
    }

    private String column(String pin, String column) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select " + column + " from room_record where pin = ?")) {
            s.setString(1, pin);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }
}
