package io.quizarena.room;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quizarena.game.CloseCodes;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every kind of bad input gets a typed error or a clear close code, and none of it changes a score or disturbs the
 * rest of the room: a bystander plays alongside and must end with exactly the score its own answers earn.
 */
@QuarkusTest
@TestProfile(VirtualTimeProfile.class)
class BadInputTest extends RoomTestSupport {

    private JsonObject room;
    private String pin;
    private TestSocket host;
    private TestSocket bystander;
    private TestSocket mallory;

    private void openQuestionRoom(List<Map<String, Object>> questions) {
        room = openRoom(quizOf(questions), Map.of("scoring", "ACCURACY", "closeEarly", false));
        pin = room.getString("pin");
        host = host(room);
        bystander = joined(pin, "Bystander");
        mallory = joined(pin, "Mallory");
    }

    /** The bystander answered correctly in accuracy mode and saw no error, whatever Mallory did. */
    private void assertBystanderUndisturbed(int expectedScore) {
        assertThat(bystander.await("result").getInteger("score")).isEqualTo(expectedScore);
        assertThat(bystander.frames()).noneMatch(f -> f.contains("\"type\":\"error\""));
    }

    @Test
    void malformedUnknownAndIncompleteMessagesGetTypedErrorsAndTheConnectionStaysOpen() {
        openQuestionRoom(List.of(choiceQuestion("single", 20, "b")));
        mallory.sendRaw("{not json");
        mallory.awaitError("malformed_json");
        mallory.sendRaw("[1,2,3]");
        mallory.awaitError("invalid_message");
        mallory.send(command("teleport"));
        mallory.awaitError("unknown_type");
        mallory.send(new JsonObject().put("nickname", "no type"));
        mallory.awaitError("invalid_message");
        mallory.send(command("answer").put("choiceIds", List.of("b")));
        mallory.awaitError("invalid_message");
        mallory.send(command("answer")
                .put("questionIndex", 0)
                .put("choiceIds", List.of("b"))
                .put("text", "both"));
        mallory.awaitError("invalid_message");
        mallory.send(command("join").put("nickname", "Again"));
        mallory.awaitError("already_joined");

        openNextQuestion(host, "start", List.of(bystander, mallory));
        bystander.send(choices(0, "b"));
        bystander.await("answer_ack");
        mallory.send(choices(0, "b"));
        mallory.await("answer_ack");
        clock().advance(20_000);
        assertBystanderUndisturbed(1000);
        assertThat(mallory.await("result").getInteger("score")).isEqualTo(1000);
        assertThat(mallory.isClosed()).isFalse();
    }

    @Test
    void aBinaryFrameGetsATypedErrorOnEitherSocketAndChangesNothing() {
        openQuestionRoom(List.of(choiceQuestion("single", 20, "b")));
        mallory.sendBinary(new byte[] {1, 2, 3});
        mallory.awaitError("binary_frame");
        host.sendBinary(new byte[] {4});
        host.awaitError("binary_frame");
        openNextQuestion(host, "start", List.of(bystander, mallory));
        bystander.send(choices(0, "b"));
        bystander.await("answer_ack");
        mallory.send(choices(0, "b"));
        mallory.await("answer_ack");
        clock().advance(20_000);
        assertBystanderUndisturbed(1000);
        assertThat(mallory.isClosed()).isFalse();
    }

    @Test
    void answersToAClosedQuestionLateDoubledOrWithUnknownChoicesChangeNoScore() {
        openQuestionRoom(List.of(choiceQuestion("single", 20, "b"), choiceQuestion("multi", 20, "a", "b")));
        mallory.send(choices(0, "b"));
        mallory.awaitError("not_open");
        openNextQuestion(host, "start", List.of(bystander, mallory));
        mallory.send(choices(1, "a"));
        mallory.awaitError("not_open");
        mallory.send(choices(0, "z"));
        mallory.awaitError("unknown_choice");
        mallory.send(choices(0, "a", "b"));
        mallory.awaitError("invalid_answer");
        mallory.send(choices(0, "a"));
        mallory.await("answer_ack");
        mallory.send(choices(0, "b"));
        mallory.awaitError("already_answered");
        clock().advance(5_000);
        bystander.send(choices(0, "b"));
        bystander.await("answer_ack");
        clock().advance(15_000);
        assertBystanderUndisturbed(1000);
        assertThat(mallory.await("result").getInteger("score")).isZero();
        mallory.send(choices(0, "b"));
        mallory.awaitError("too_late");
    }

    @Test
    void anAnswerAfterThePlayersOwnDeadlineIsTooLate() {
        openQuestionRoom(List.of(choiceQuestion("single", 20, "b")));
        openNextQuestion(host, "start", List.of(bystander, mallory));
        bystander.send(choices(0, "b"));
        bystander.await("answer_ack");
        // the question is still open (the room closes it when the timer it set fires), but 20.001 s have passed
        clock().advance(20_000);
        bystander.await("reveal");
        assertThat(mallory.await("result").getInteger("score")).isZero();
        mallory.send(choices(0, "b"));
        mallory.awaitError("too_late");
        assertBystanderUndisturbed(1000);
    }

    @Test
    void typedAnswersOverTwoHundredCharactersAreRefused() {
        openQuestionRoom(List.of(typedQuestion(30, "KV Cache")));
        openNextQuestion(host, "start", List.of(bystander, mallory));
        mallory.send(command("answer").put("questionIndex", 0).put("text", "x".repeat(201)));
        mallory.awaitError("answer_too_long");
        mallory.send(command("answer").put("questionIndex", 0).put("text", "ＫＶ cache"));
        mallory.await("answer_ack");
        bystander.send(command("answer").put("questionIndex", 0).put("text", "kv cache"));
        bystander.await("answer_ack");
        clock().advance(30_000);
        assertBystanderUndisturbed(1000);
        assertThat(mallory.await("result").getInteger("score")).isEqualTo(1000);
    }

    @Test
    void takenBlockedAndEmptyNicknamesAreRefusedWithAReason() {
        openQuestionRoom(List.of(choiceQuestion("single", 20, "b")));
        player(pin, "  BYSTANDER ").awaitError("nickname_taken");
        player(pin, "ＢＹＳＴＡＮＤＥＲ").awaitError("nickname_taken");
        JsonObject blocked = player(pin, "the admin").awaitError("nickname_blocked");
        assertThat(blocked.getString("message")).contains("not allowed");
        player(pin, "   ").awaitError("nickname_invalid");
        player(pin, "x".repeat(21)).awaitError("nickname_invalid");
        assertThat(joined(pin, "  Zoë  ").frames().get(0)).contains("\"nickname\":\"Zoë\"");
    }

    @Test
    void anUnknownPinClosesTheSocketWithAClearCode() {
        TestSocket lost = track(TestSocket.open(vertx, "/ws/play/000000"));
        assertThat(lost.awaitClose()).isEqualTo(CloseCodes.UNKNOWN_ROOM);
        assertThat(lost.closeReason()).contains("no open room");
    }

    @Test
    void aPlayerSendingHostCommandsIsRefused() {
        openQuestionRoom(List.of(choiceQuestion("single", 20, "b")));
        mallory.send(command("start"));
        mallory.awaitError("not_allowed");
        mallory.send(command("kick").put("playerId", "p1"));
        mallory.awaitError("not_allowed");
        assertThat(host.frames()).noneMatch(f -> f.contains("get_ready"));
    }

    @Test
    void aHostSocketNeedsTheRoleAndTheHostToken() {
        openQuestionRoom(List.of(choiceQuestion("single", 20, "b")));
        TestSocket other = track(TestSocket.host(vertx, pin, "host2"));
        other.send(command("start"));
        other.awaitError("not_authenticated");
        other.send(command("hello").put("hostToken", "guessed"));
        assertThat(other.awaitClose()).isEqualTo(CloseCodes.BAD_HOST_TOKEN);
        // a leaked token is not enough: another host account presenting the real one is refused too
        TestSocket leaked = track(TestSocket.host(vertx, pin, "host2"));
        leaked.send(command("hello").put("hostToken", room.getString("hostToken")));
        assertThat(leaked.awaitClose()).isEqualTo(CloseCodes.BAD_HOST_TOKEN);
        assertThat(leaked.closeReason()).contains("another account");
        assertThat(leaked.frames()).noneMatch(f -> f.contains("host_welcome"));

        TestSocket silent = track(TestSocket.host(vertx, pin, "host2"));
        silent.send(command("sync"));
        silent.awaitError("not_authenticated"); // open on the server side, so its hello timer runs
        clock().advance(HostSocket.HELLO_TIMEOUT_MILLIS);
        assertThat(silent.awaitClose()).isEqualTo(CloseCodes.NOT_AUTHENTICATED);

        assertThat(upgradeStatus("/ws/host/" + pin, "player")).isEqualTo(403);
        assertThat(upgradeStatus("/ws/host/" + pin, null)).isEqualTo(401);
        assertThat(host.isClosed()).isFalse();
    }

    @Test
    void aFrameOverTheSizeLimitClosesWith1009() {
        openQuestionRoom(List.of(choiceQuestion("single", 20, "b")));
        StringBuilder noise = new StringBuilder();
        java.util.Random random = new java.util.Random(7);
        while (noise.length() < 10_000) {
            noise.append(Integer.toString(random.nextInt(), 36));
        }
        mallory.sendRaw("{\"type\":\"join\",\"nickname\":\"" + noise + "\"}");
        assertThat(mallory.awaitClose()).isEqualTo(1009);
        bystander.send(command("sync"));
        bystander.await("welcome");
    }

    @Test
    void aFloodIsWarnedThenClosedWith1008() {
        openQuestionRoom(List.of(choiceQuestion("single", 20, "b")));
        for (int i = 0; i < 200; i++) {
            mallory.send(command("sync"));
        }
        mallory.awaitError("rate_limited");
        assertThat(mallory.awaitClose()).isEqualTo(CloseCodes.POLICY_VIOLATION);
        bystander.send(command("sync"));
        bystander.await("welcome");
    }

    private int upgradeStatus(String path, String user) {
        var request = io.restassured.RestAssured.given()
                .header("Connection", "Upgrade")
                .header("Upgrade", "websocket")
                .header("Sec-WebSocket-Version", "13")
                .header("Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ==");
        if (user != null) {
            request = request.auth().preemptive().basic(user, user);
        }
        return request.get(path).statusCode();
    }
}
