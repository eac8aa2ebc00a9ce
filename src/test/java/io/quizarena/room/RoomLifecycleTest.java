package io.quizarena.room;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quizarena.game.CloseCodes;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(VirtualTimeProfile.class)
class RoomLifecycleTest extends RoomTestSupport {

    @Inject
    AgroalDataSource dataSource;

    private JsonObject twoQuestionRoom(Map<String, Object> settings) {
        return openRoom(
                quizOf(List.of(choiceQuestion("single", 20, "b"), choiceQuestion("single", 20, "c"))), settings);
    }

    @Test
    void aPlayerWhoReconnectsMidQuestionGetsASnapshotAndKeepsTheirClock() {
        JsonObject room = twoQuestionRoom(Map.of());
        String pin = room.getString("pin");
        TestSocket host = host(room);
        TestSocket ada = player(pin, "Ada");
        String token = ada.await("welcome").getString("resumeToken");
        TestSocket bob = joined(pin, "Bob");
        openNextQuestion(host, "start", List.of(ada, bob));
        clock().advance(2_000);
        ada.close();
        clock().advance(2_000);

        TestSocket again = track(TestSocket.open(vertx, "/ws/play/" + pin));
        again.send(command("resume").put("resumeToken", token));
        JsonObject welcome = again.await("welcome");
        assertThat(welcome.getString("nickname")).isEqualTo("Ada");
        assertThat(welcome.getJsonObject("current").getString("type")).isEqualTo("question");
        assertThat(welcome.getLong("remainingMillis")).isEqualTo(16_000);
        assertThat(welcome.getJsonObject("you").getBoolean("answeredCurrent")).isFalse();
        assertThat(welcome.getJsonObject("current").encode()).doesNotContain("correct");

        clock().advance(1_000);
        again.send(choices(0, "b"));
        again.await("answer_ack");
        bob.send(choices(0, "a"));
        bob.await("answer_ack");
        JsonObject result = again.await("result");
        // response time counts from the first frame: 5 s of 20 s -> 1000 * (1 - 0.25 / 2) = 875
        assertThat(result.getInteger("points")).isEqualTo(875);
        assertThat(result.getBoolean("correct")).isTrue();
    }

    @Test
    void aResumedPlayerKeepsScoreAndStreakAndTheOldConnectionIsReplaced() {
        JsonObject room = twoQuestionRoom(Map.of("scoring", "ACCURACY"));
        String pin = room.getString("pin");
        TestSocket host = host(room);
        TestSocket ada = player(pin, "Ada");
        String token = ada.await("welcome").getString("resumeToken");
        openNextQuestion(host, "start", List.of(ada));
        ada.send(choices(0, "b"));
        ada.await("result");

        TestSocket second = track(TestSocket.open(vertx, "/ws/play/" + pin));
        second.send(command("resume").put("resumeToken", token));
        JsonObject welcome = second.await("welcome");
        assertThat(welcome.getJsonObject("you").getInteger("score")).isEqualTo(1000);
        assertThat(welcome.getJsonObject("you").getInteger("streak")).isEqualTo(1);
        assertThat(welcome.getJsonObject("you").getJsonArray("answers")).hasSize(1);
        assertThat(ada.awaitClose()).isEqualTo(CloseCodes.REPLACED);
    }

    @Test
    void aHostWhoDropsPausesTheRoomAtTheNextBoundaryAndResumesOnReturn() {
        JsonObject room = twoQuestionRoom(Map.of());
        String pin = room.getString("pin");
        TestSocket host = host(room);
        TestSocket ada = joined(pin, "Ada");
        host.send(command("start"));
        ada.await("get_ready");
        dropHost(host, pin);
        clock().advance(3_000);
        JsonObject paused = ada.await("paused");
        assertThat(paused.getString("reason")).isEqualTo("host_away");
        clock().advance(60_000);
        assertThat(ada.frames().stream().noneMatch(f -> f.contains("\"type\":\"question\"")))
                .isTrue();

        TestSocket back = host(room);
        ada.await("resumed");
        ada.await("question");
        back.await("question");
    }

    @Test
    void aRoomWithoutItsHostForTenMinutesEndsAndKeepsWhatWasPlayed() throws Exception {
        JsonObject room = twoQuestionRoom(Map.of("scoring", "ACCURACY"));
        String pin = room.getString("pin");
        TestSocket host = host(room);
        TestSocket ada = joined(pin, "Ada");
        openNextQuestion(host, "start", List.of(ada));
        ada.send(choices(0, "b"));
        ada.await("result");
        dropHost(host, pin);
        clock().advance(10 * 60_000);
        JsonObject podium = ada.await("podium");
        assertThat(podium.getString("status")).isEqualTo("abandoned");
        assertThat(ada.await("final").getInteger("score")).isEqualTo(1000);
        assertThat(ada.await("room_closed")).isNotNull();
        assertThat(ada.awaitClose()).isEqualTo(1000);
        org.awaitility.Awaitility.await()
                .untilAsserted(() -> assertThat(savedStatus(pin)).isEqualTo("ABANDONED"));
    }

    @Test
    void aLateJoinerGetsTheOpenQuestionAndCanAnswer() {
        JsonObject room = twoQuestionRoom(Map.of());
        String pin = room.getString("pin");
        TestSocket host = host(room);
        TestSocket ada = joined(pin, "Ada");
        openNextQuestion(host, "start", List.of(ada));
        clock().advance(4_000);
        TestSocket late = player(pin, "Late");
        JsonObject welcome = late.await("welcome");
        assertThat(welcome.getJsonObject("current").getString("type")).isEqualTo("question");
        assertThat(welcome.getLong("remainingMillis")).isEqualTo(20_000);
        late.send(choices(0, "b"));
        late.await("answer_ack");
        ada.send(choices(0, "b"));
        assertThat(late.await("result").getInteger("points")).isEqualTo(1000);
    }

    @Test
    void aKickedPlayerIsDisconnectedTheirTokenRevokedAndTheirNicknameBarred() {
        JsonObject room = twoQuestionRoom(Map.of());
        String pin = room.getString("pin");
        TestSocket host = host(room);
        TestSocket troll = player(pin, "Troll");
        JsonObject welcome = troll.await("welcome");
        host.send(command("kick").put("playerId", welcome.getString("playerId")));
        troll.await("kicked");
        assertThat(troll.awaitClose()).isEqualTo(CloseCodes.KICKED);

        TestSocket resume = track(TestSocket.open(vertx, "/ws/play/" + pin));
        resume.send(command("resume").put("resumeToken", welcome.getString("resumeToken")));
        resume.awaitError("bad_resume_token");
        TestSocket again = player(pin, "troll");
        again.awaitError("nickname_kicked");
    }

    @Test
    void aLockedRoomRefusesNewPlayersAndACapLimitsThem() {
        JsonObject room = twoQuestionRoom(Map.of());
        String pin = room.getString("pin");
        TestSocket host = host(room);
        joined(pin, "Ada");
        host.send(command("lock"));
        host.await("locked");
        player(pin, "Bob").awaitError("room_locked");
        given().get("/api/rooms/" + pin).then().statusCode(200);
        host.send(command("unlock"));
        host.await("unlocked");
        joined(pin, "Bob");
        host.send(command("set_cap").put("cap", 2));
        host.await("cap_set");
        player(pin, "Cy").awaitError("room_full");
    }

    @Test
    void theHostCanPauseAndResumeAndPausedTimeDoesNotCount() {
        JsonObject room = twoQuestionRoom(Map.of());
        String pin = room.getString("pin");
        TestSocket host = host(room);
        TestSocket ada = joined(pin, "Ada");
        TestSocket bob = joined(pin, "Bob");
        openNextQuestion(host, "start", List.of(ada, bob));
        clock().advance(2_000);
        host.send(command("pause"));
        ada.await("paused");
        ada.send(choices(0, "b"));
        ada.awaitError("paused");
        clock().advance(100_000);
        host.send(command("resume"));
        assertThat(ada.await("resumed").getLong("remainingMillis")).isEqualTo(18_000);
        clock().advance(2_000);
        ada.send(choices(0, "b"));
        ada.await("answer_ack");
        bob.send(choices(0, "b"));
        // 4 s of active time: 1000 * (1 - 0.2 / 2) = 900
        assertThat(ada.await("result").getInteger("points")).isEqualTo(900);
    }

    @Test
    void theHostCanSkipAQuestionAndEndEarlyAndTheResultsAreSaved() throws Exception {
        JsonObject room = openRoom(
                quizOf(List.of(
                        choiceQuestion("single", 20, "b"),
                        choiceQuestion("single", 20, "c"),
                        choiceQuestion("single", 20, "d"))),
                Map.of("scoring", "ACCURACY", "standingsEvery", 0));
        String pin = room.getString("pin");
        TestSocket host = host(room);
        TestSocket ada = joined(pin, "Ada");
        openNextQuestion(host, "start", List.of(ada));
        ada.send(choices(0, "b"));
        ada.await("result");
        host.send(command("next"));
        ada.await("get_ready");
        clock().advance(3_000);
        ada.await("question");
        host.send(command("skip"));
        assertThat(ada.await("skipped").getInteger("questionIndex")).isEqualTo(1);
        ada.await("get_ready");
        host.send(command("end"));
        JsonObject podium = ada.await("podium");
        assertThat(podium.getString("status")).isEqualTo("ended_early");
        assertThat(podium.getInteger("questionsPlayed")).isEqualTo(1);
        assertThat(ada.await("final").getInteger("score")).isEqualTo(1000);
        host.await("game_saved");
        assertThat(savedStatus(pin)).isEqualTo("ENDED_EARLY");
    }

    @Test
    void accuracyScoringWithoutStreaksAndDoublePoints() {
        JsonObject room = twoQuestionRoom(
                Map.of("scoring", "ACCURACY", "streakBonus", false, "points", 2000, "standingsEvery", 0));
        String pin = room.getString("pin");
        TestSocket host = host(room);
        TestSocket ada = joined(pin, "Ada");
        openNextQuestion(host, "start", List.of(ada));
        clock().advance(19_000);
        ada.send(choices(0, "b"));
        assertThat(ada.await("result").getInteger("points")).isEqualTo(2000);
        openNextQuestion(host, "next", List.of(ada));
        ada.send(choices(1, "c"));
        JsonObject second = ada.await("result");
        assertThat(second.getInteger("points")).isEqualTo(2000);
        assertThat(second.getInteger("score")).isEqualTo(4000);
    }

    @Test
    void standingsShowTheTopAndEachPlayersGapToThePlayerAbove() {
        JsonObject room = twoQuestionRoom(Map.of("scoring", "ACCURACY"));
        String pin = room.getString("pin");
        TestSocket host = host(room);
        TestSocket ada = joined(pin, "Ada");
        TestSocket bob = joined(pin, "Bob");
        openNextQuestion(host, "start", List.of(ada, bob));
        ada.send(choices(0, "b"));
        bob.send(choices(0, "a"));
        bob.await("result");
        host.send(command("next"));
        JsonObject standings = bob.await("standings");
        assertThat(standings.getJsonArray("top").getJsonObject(0).getString("nickname"))
                .isEqualTo("Ada");
        JsonObject bobStanding = bob.await("standing");
        assertThat(bobStanding.getInteger("rank")).isEqualTo(2);
        assertThat(bobStanding.getInteger("gapToAbove")).isEqualTo(1000);
        assertThat(ada.await("standing").getInteger("gapToAbove")).isZero();
    }

    @Test
    void everyAnswerIsAcknowledgedAndTheHostAloneGetsACoalescedCount() {
        JsonObject room = twoQuestionRoom(Map.of());
        String pin = room.getString("pin");
        TestSocket host = host(room);
        TestSocket ada = joined(pin, "Ada");
        TestSocket bob = joined(pin, "Bob");
        TestSocket cy = joined(pin, "Cy");
        openNextQuestion(host, "start", List.of(ada, bob, cy));
        ada.send(choices(0, "b"));
        ada.await("answer_ack");
        bob.send(choices(0, "a"));
        bob.await("answer_ack");
        clock().advance(250);
        JsonObject count = host.await("answer_count");
        while (count.getInteger("answered") < 2) {
            count = host.await("answer_count");
        }
        assertThat(count.getInteger("answered")).isEqualTo(2);
        assertThat(count.getInteger("connected")).isEqualTo(3);
        assertThat(cy.frames()).noneMatch(f -> f.contains("answer_count") || f.contains("\"players\""));
    }

    @Test
    void aLateJoinerKeepsAFullWindowAndTheQuestionStaysOpenForThem() {
        JsonObject room = twoQuestionRoom(Map.of("closeEarly", false));
        String pin = room.getString("pin");
        TestSocket host = host(room);
        TestSocket ada = joined(pin, "Ada");
        openNextQuestion(host, "start", List.of(ada));
        clock().advance(5_000);
        TestSocket late = player(pin, "Late");
        late.await("welcome");
        clock().advance(15_001); // Ada's window is over (20.001 s), Late has 4.999 s left
        ada.send(choices(0, "b"));
        ada.awaitError("too_late");
        clock().advance(3_999);
        late.send(choices(0, "b"));
        late.await("answer_ack");
        assertThat(late.frames()).noneMatch(f -> f.contains("\"type\":\"reveal\""));
        clock().advance(1_000); // the end of Late's window closes the question
        // 19 s of 20: 1000 * (1 - 0.95 / 2) = 525
        assertThat(late.await("result").getInteger("points")).isEqualTo(525);
        assertThat(ada.await("result").getBoolean("answered")).isFalse();
    }

    @Test
    void theQuestionClosesEarlyWhenTheLastPlayerStillOwingAnAnswerLeavesOrIsKicked() {
        JsonObject room = twoQuestionRoom(Map.of());
        String pin = room.getString("pin");
        TestSocket host = host(room);
        TestSocket ada = joined(pin, "Ada");
        TestSocket bob = player(pin, "Bob");
        String bobId = bob.await("welcome").getString("playerId");
        TestSocket cy = player(pin, "Cy");
        String cyId = cy.await("welcome").getString("playerId");
        openNextQuestion(host, "start", List.of(ada, bob, cy));
        ada.send(choices(0, "b"));
        ada.await("answer_ack");
        bob.close();
        host.send(command("kick").put("playerId", cyId));
        awaitDeparture(host, bobId);
        assertThat(ada.frames()).noneMatch(f -> f.contains("\"type\":\"reveal\""));
        clock().advance(5_000); // the question waits for a dropped player for the grace period
        JsonObject reveal = ada.await("reveal");
        assertThat(reveal.getInteger("answered")).isEqualTo(1);
    }

    private String savedStatus(String pin) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement("select status from game where pin = ? order by ended_at" + " desc")) {
            s.setString(1, pin);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }
}
