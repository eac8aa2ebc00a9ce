package io.quizarena.room;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A team room over real sockets: three against seven, and each team scores its members' mean. */
@QuarkusTest
@TestProfile(VirtualTimeProfile.class)
class TeamRoomTest extends RoomTestSupport {

    private TestSocket joinTeam(String pin, String nickname, String team) {
        TestSocket player = track(TestSocket.open(vertx, "/ws/play/" + pin));
        player.send(command("join").put("nickname", nickname).put("team", team));
        player.await("welcome");
        return player;
    }

    private static long scoreOf(JsonArray teams, String team) {
        for (int i = 0; i < teams.size(); i++) {
            if (teams.getJsonObject(i).getString("team").equals(team)) {
                return teams.getJsonObject(i).getLong("score");
            }
        }
        throw new AssertionError("no team " + team + " in " + teams);
    }

    @Test
    void threeAgainstSevenEachScoreTheMeanOfTheirMembersOnTheBigScreen() {
        JsonObject room = openRoom(
                quizOf(List.of(choiceQuestion("single", 20, "b"))),
                Map.of(
                        "scoring",
                        "ACCURACY",
                        "streakBonus",
                        false,
                        "standingsEvery",
                        0,
                        "teams",
                        List.of("Red", "Blue")));
        String pin = room.getString("pin");
        given().get("/api/rooms/" + pin).then().statusCode(200).body("teams", contains("Red", "Blue"));
        TestSocket host = host(room);
        List<TestSocket> red = new ArrayList<>();
        List<TestSocket> blue = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            red.add(joinTeam(pin, "Red" + i, "red"));
        }
        for (int i = 0; i < 7; i++) {
            blue.add(joinTeam(pin, "Blue" + i, "Blue"));
        }
        List<TestSocket> everyone = new ArrayList<>(red);
        everyone.addAll(blue);
        openNextQuestion(host, "start", everyone);
        red.get(0).send(choices(0, "b"));
        red.get(1).send(choices(0, "b"));
        red.get(2).send(choices(0, "a")); // Red: 2000 / 3 = 667
        for (int i = 0; i < 7; i++) {
            blue.get(i).send(choices(0, i < 5 ? "b" : "a")); // Blue: 5000 / 7 = 714
        }
        JsonArray atReveal = host.await("reveal").getJsonArray("teams");
        assertThat(scoreOf(atReveal, "Red")).isEqualTo(667);
        assertThat(scoreOf(atReveal, "Blue")).isEqualTo(714);
        host.send(command("next"));
        JsonArray atPodium = host.await("podium").getJsonArray("teams");
        assertThat(atPodium.getJsonObject(0).getString("team")).isEqualTo("Blue");
        assertThat(atPodium.getJsonObject(0).getInteger("members")).isEqualTo(7);
        assertThat(atPodium.getJsonObject(1).getInteger("members")).isEqualTo(3);
        assertThat(red.get(0).await("podium").getJsonArray("teams")).isEqualTo(atPodium);
    }

    @Test
    void aPlayerWithoutATeamIsBalancedAndBadTeamsAreRefused() {
        JsonObject room =
                openRoom(quizOf(List.of(choiceQuestion("single", 20, "b"))), Map.of("teams", List.of("Red", "Blue")));
        String pin = room.getString("pin");
        joinTeam(pin, "A", "Red");
        TestSocket b = track(TestSocket.open(vertx, "/ws/play/" + pin));
        b.send(command("join").put("nickname", "B"));
        assertThat(b.await("welcome").getString("team")).isEqualTo("Blue");
        TestSocket c = track(TestSocket.open(vertx, "/ws/play/" + pin));
        c.send(command("join").put("nickname", "C").put("team", "Green"));
        c.awaitError("unknown_team");
        given().auth()
                .preemptive()
                .basic("host", "host")
                .contentType(ContentType.JSON)
                .body(Map.of("quizId", room.getString("pin"), "settings", Map.of("teams", List.of("Solo"))))
                .post("/api/rooms")
                .then()
                .statusCode(400);
    }
}
