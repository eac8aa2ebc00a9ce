package io.quizarena.room;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The big screen on another device and the phone remote (docs/adr/0019): the owner lists their open rooms and gets a
 * screen pass for one; with it a screen and a remote sit at once, either moves the game; nobody else gets a pass or a
 * seat, admins included.
 */
@QuarkusTest
@TestProfile(VirtualTimeProfile.class)
class HostScreensTest extends RoomTestSupport {

    private String quiz() {
        return quizOf(List.of(choiceQuestion("single", 20, "b")));
    }

    private static io.restassured.specification.RequestSpecification as(String user) {
        return given().auth().preemptive().basic(user, user);
    }

    /** The pass request as the page sends it: a JSON post with an empty object. */
    private static io.restassured.response.Response pass(String user, String pin) {
        io.restassured.specification.RequestSpecification request = user == null ? given() : as(user);
        return request.contentType(ContentType.JSON).body("{}").post("/api/rooms/" + pin + "/screen");
    }

    private TestSocket seat(String user, String pin, String token, String view) {
        TestSocket socket = track(TestSocket.host(vertx, pin, user));
        socket.send(command("hello").put("hostToken", token).put("view", view));
        return socket;
    }

    @Test
    void theOwnerListsTheirOpenRoomsAndNobodyElseSeesThem() {
        String pin = openRoom(quiz(), Map.of()).getString("pin");
        as("host")
                .get("/api/rooms/mine")
                .then()
                .statusCode(200)
                .body("find { it.pin == '" + pin + "' }.state", equalTo("LOBBY"))
                .body("find { it.pin == '" + pin + "' }.quizTitle.en", not(equalTo(null)))
                .body("find { it.pin == '" + pin + "' }.screenUrl", equalTo("/host/room/" + pin))
                .body("find { it.pin == '" + pin + "' }.remoteUrl", equalTo("/host/room/" + pin + "?view=remote"));
        for (String other : List.of("host2", "admin")) {
            List<String> pins = as(other)
                    .get("/api/rooms/mine")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("pin");
            assertThat(pins).as(other + "'s rooms").doesNotContain(pin);
        }
        as("player").get("/api/rooms/mine").then().statusCode(403);
        given().get("/api/rooms/mine").then().statusCode(401);
    }

    @Test
    void onlyTheOwnerGetsAScreenPassForAnOpenRoom() {
        JsonObject room = openRoom(quiz(), Map.of());
        String pin = room.getString("pin");
        String pass = pass("host", pin)
                .then()
                .statusCode(200)
                .body("pin", equalTo(pin))
                .body("hostSocket", equalTo("/ws/host/" + pin))
                .extract()
                .path("hostToken");
        assertThat(pass).isNotBlank().isNotEqualTo(room.getString("hostToken"));
        pass("host", pin).then().body("hostToken", equalTo(pass));
        for (String other : List.of("host2", "admin")) {
            pass(other, pin)
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json")
                    .body("detail", equalTo("this room was opened by another account"));
        }
        pass("player", pin).then().statusCode(403);
        pass(null, pin).then().statusCode(401);
        pass("host", "000000").then().statusCode(404);
        pass("host", "not-a-pin").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aClosedRoomHasNoPassAndIsNoLongerListed() {
        JsonObject room = openRoom(quiz(), Map.of());
        String pin = room.getString("pin");
        TestSocket host = host(room);
        host.send(command("end")); // the lobby ends at the podium...
        host.await("podium");
        host.send(command("end")); // ...and the podium closes the room
        host.await("room_closed");
        Awaitility.await()
                .atMost(TestSocket.WAIT)
                .untilAsserted(() -> pass("host", pin).then().statusCode(404));
        List<String> pins = as("host").get("/api/rooms/mine").then().extract().path("pin");
        assertThat(pins).doesNotContain(pin);
    }

    @Test
    void withThePassTheOwnersScreenAndRemoteSitTogetherAndEitherMovesTheGame() {
        JsonObject room = openRoom(quiz(), Map.of());
        String pin = room.getString("pin");
        TestSocket laptop = host(room); // the browser that opened the room
        String pass = pass("host", pin).then().extract().path("hostToken");
        TestSocket projector = seat("host", pin, pass, "screen");
        projector.await("host_welcome");
        assertThat(laptop.awaitClose())
                .as("the projector replaces the laptop's screen")
                .isEqualTo(4409);
        TestSocket phone = seat("host", pin, pass, "remote");
        phone.await("host_welcome");
        assertThat(projector.await("host_views").getJsonArray("views").getList())
                .containsExactly("screen");
        Awaitility.await()
                .atMost(TestSocket.WAIT)
                .until(() ->
                        projector.frames().stream().anyMatch(f -> f.contains("\"views\":[\"screen\",\"remote\"]")));
        TestSocket ada = joined(pin, "Ada");
        phone.send(command("start"));
        projector.await("get_ready");
        phone.await("get_ready");
        clock().advance(3_000);
        ada.await("question");
        ada.send(choices(0, "b"));
        projector.await("reveal");
        projector.send(command("next")); // the last question: the podium
        phone.await("podium");
        assertThat(projector.isClosed()).isFalse();

        // the pass seats nobody but the owner, on the socket as on the API
        for (String other : List.of("host2", "admin")) {
            TestSocket stranger = seat(other, pin, pass, "remote");
            assertThat(stranger.awaitClose()).as(other).isEqualTo(4403);
        }
        assertThat(phone.isClosed()).isFalse();
        TestSocket badView = track(TestSocket.host(vertx, pin, "host"));
        badView.send(command("hello").put("hostToken", pass).put("view", "tv"));
        assertThat(badView.awaitError("invalid_message").getString("message")).contains("screen or remote");
    }
}
