package io.quizarena.room;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rooms per host are capped (arena.room.max-rooms-per-host, docs/adr/0013): one more gives 409 problem details, a
 * closed room frees its slot, and a room another node held counts for its host, before and after it is taken over.
 * Runs as host2, whose rows are cleared first (the test database outlives earlier test applications).
 */
@QuarkusTest
@TestProfile(RoomCapProfile.class)
class RoomCapTest extends RoomTestSupport {

    private static final String HOST = "host2";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    RoomRegistry registry;

    /** An official quiz of the bank: any host may play it. */
    private static final String QUIZ = "llm-interview-warm-up";

    @BeforeEach
    void noRoomsOfThisHost() throws Exception {
        sql("delete from room_record where host_account = '" + HOST + "'");
    }

    @Test
    void oneRoomPastTheCapIsRefusedWith409AndAClosedRoomFreesItsSlot() {
        open().then().statusCode(201);
        open().then().statusCode(201);
        open().then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("title", equalTo("Too many open rooms"))
                .body("type", org.hamcrest.Matchers.endsWith("too-many-rooms"));

        clock().advance(11 * 60_000); // nobody hosts them: both rooms end after the host's absence
        Awaitility.await()
                .atMost(TestSocket.WAIT)
                .untilAsserted(() -> open().then().statusCode(201));
    }

    @Test
    void roomsReleasedByANodeOrLeftByADeadOneCountForTheirHostBeforeAndAfterTheTakeover() throws Exception {
        String released = pin(open().then().statusCode(201));
        // its node shut down and released it for another node to take (docs/adr/0009)
        leaveMemory(released);
        sql("update room_record set owner_node = null, lease_until = 0 where pin = '" + released + "'");
        String orphaned = pin(open().then().statusCode(201));
        open().then().statusCode(409);
        // the other room's node "dies": its lease ran out a moment ago
        leaveMemory(orphaned);
        sql("update room_record set owner_node = 'dead-node', owner_url = 'http://127.0.0.1:1', lease_until = "
                + (System.currentTimeMillis() - 1_000) + " where pin = '" + orphaned + "'");
        open().then().statusCode(409);

        // a player's socket makes this node take the released room over; it still counts
        TestSocket player = track(TestSocket.open(vertx, "/ws/play/" + released));
        player.send(command("join").put("nickname", "Ada"));
        player.await("welcome");
        assertThat(registry.find(released)).as("taken over").isNotNull();
        open().then().statusCode(409);
    }

    private void leaveMemory(String pin) {
        var game = registry.remove(pin);
        game.submit(game::handOff);
    }

    private static String pin(io.restassured.response.ValidatableResponse created) {
        return new JsonObject(created.extract().asString()).getString("pin");
    }

    private Response open() {
        return given().auth()
                .preemptive()
                .basic(HOST, HOST)
                .contentType(ContentType.JSON)
                .body(Map.of("quizId", QUIZ, "settings", Map.of()))
                .post("/api/rooms");
    }

    private void sql(String statement) throws Exception {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        }
    }
}
