package io.quizarena.game;

import static io.quizarena.game.GameHarness.lastError;
import static io.quizarena.game.GameHarness.single;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quizarena.scoring.ScoringMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Live rooms, host-paced, on the engine alone: built with new, virtual time, no Quarkus. */
class HostPacedGameTest {

    private final GameHarness h = new GameHarness(
            List.of(single("q1", 20, "b"), single("q2", 20, "c")),
            new HostPaced(),
            GameHarness.rules(ScoringMode.SPEED, 1, true));

    private void open(RecordingPeer host, PaceCommand command) {
        h.hostSends(host, command);
        h.clock.advance(3_000);
    }

    @Test
    void aScriptedGameScoresBySpeedWithStreaksAndSavesItsRecord() {
        RecordingPeer host = h.host();
        RecordingPeer ada = h.join("Ada");
        RecordingPeer bob = h.join("Bob");
        open(host, PaceCommand.START);
        h.clock.advance(4_000);
        h.choose(ada, 0, "b"); // 4 s of 20: 1000 * (1 - 0.2 / 2) = 900
        h.clock.advance(6_000);
        h.choose(bob, 0, "a");
        assertThat(ada.take("result").path("points").asInt()).isEqualTo(900);
        assertThat(bob.take("result").path("points").asInt()).isZero();
        h.hostSends(host, PaceCommand.NEXT);
        assertThat(bob.take("standing").path("gapToAbove").asInt()).isEqualTo(900);
        h.hostSends(host, PaceCommand.NEXT);
        h.clock.advance(3_000);
        h.choose(bob, 1, "c"); // 0 s: 1000
        h.clock.advance(10_000);
        h.choose(ada, 1, "c"); // 10 s: 750, and a streak of two: +100
        assertThat(ada.take("result").path("points").asInt()).isEqualTo(850);
        h.hostSends(host, PaceCommand.NEXT);
        JsonNode podium = host.take("podium");
        assertThat(podium.path("status").asText()).isEqualTo("finished");
        assertThat(podium.path("top").get(0).path("nickname").asText()).isEqualTo("Ada");
        assertThat(ada.take("final").path("score").asInt()).isEqualTo(1750);
        assertThat(host.take("game_saved").path("gameId").asText())
                .isEqualTo(h.saved.get(0).gameId());
        GameRecord record = h.saved.get(0);
        assertThat(record.players()).extracting(GameRecord.PlayerResult::score).containsExactly(1750, 1000);
        assertThat(record.answers()).hasSize(4);
        assertThat(record.startedAt()).isEqualTo(h.clock.wallTime().minusMillis(26_000));
        assertThat(h.failures).isEmpty();
    }

    @Test
    void aPlayerWhoDropsMidQuestionKeepsTheQuestionOpenForTheGracePeriodAndScoresOnReturn() {
        RecordingPeer host = h.host();
        RecordingPeer ada = h.join("Ada");
        RecordingPeer bob = h.join("Bob");
        open(host, PaceCommand.START);
        h.clock.advance(1_000);
        h.leave(bob); // a reload
        h.choose(ada, 0, "b");
        assertThat(ada.has("reveal"))
                .as("the others answered, but Bob's grace period runs")
                .isFalse();
        h.clock.advance(2_000);
        RecordingPeer back = h.resume(bob);
        assertThat(back.take("welcome").path("remainingMillis").asLong()).isEqualTo(17_000);
        h.clock.advance(10_000);
        assertThat(ada.has("reveal"))
                .as("back within the grace: the question waits for his answer")
                .isFalse();
        h.choose(back, 0, "b"); // 13 s of 20: 1000 * (1 - 0.65 / 2) = 675
        assertThat(back.take("result").path("points").asInt()).isEqualTo(675);
        assertThat(h.failures).isEmpty();
    }

    @Test
    void aPlayerGoneLongerThanTheGracePeriodNoLongerHoldsTheQuestion() {
        RecordingPeer host = h.host();
        RecordingPeer ada = h.join("Ada");
        RecordingPeer bob = h.join("Bob");
        open(host, PaceCommand.START);
        h.leave(bob);
        h.choose(ada, 0, "b");
        h.clock.advance(4_999);
        assertThat(ada.has("reveal")).isFalse();
        h.clock.advance(1);
        assertThat(ada.take("reveal").path("answered").asInt()).isEqualTo(1);
    }

    @Test
    void aHostWhoDropsMidQuestionPausesTheGameAtTheRevealAndPlayersAreTold() {
        RecordingPeer host = h.host();
        RecordingPeer ada = h.join("Ada");
        open(host, PaceCommand.START);
        h.hostLeaves(host);
        assertThat(ada.has("paused")).as("the open question runs to its end").isFalse();
        h.choose(ada, 0, "b");
        ada.take("reveal");
        assertThat(ada.take("paused").path("reason").asText()).isEqualTo("host_away");
        RecordingPeer back = h.host();
        assertThat(ada.take("resumed").path("remainingMillis").asLong()).isZero();
        h.hostSends(back, PaceCommand.NEXT);
        assertThat(ada.take("standings")).isNotNull();
    }

    @Test
    void aHostWhoDropsBetweenQuestionsPausesTheGameAtOnce() {
        RecordingPeer host = h.host();
        RecordingPeer ada = h.join("Ada");
        open(host, PaceCommand.START);
        h.choose(ada, 0, "b");
        ada.take("reveal");
        h.hostLeaves(host);
        assertThat(ada.take("paused").path("reason").asText()).isEqualTo("host_away");
    }

    @Test
    void onlyTheHostPacesAHostPacedGame() {
        RecordingPeer host = h.host();
        RecordingPeer ada = h.join("Ada");
        h.run(() -> h.game.playerMessage(ada, new PlayerCommand.Pace(PaceCommand.START)));
        assertThat(lastError(ada)).isEqualTo("not_allowed");
        assertThat(host.has("get_ready")).isFalse();
        RecordingPeer stranger = new RecordingPeer("stranger");
        h.run(() -> h.game.hostMessage(stranger, new HostCommand.Pace(PaceCommand.START)));
        assertThat(lastError(stranger)).isEqualTo("not_authenticated");
        h.run(() -> h.game.hostMessage(stranger, new HostCommand.Hello("guessed")));
        assertThat(stranger.closeCode).isEqualTo(CloseCodes.BAD_HOST_TOKEN);
    }

    @Test
    void aLeakedHostTokenDoesNotSeatAnotherAccountOrAGuest() {
        RecordingPeer host = h.host();
        RecordingPeer otherHost = new RecordingPeer("other host", "host2");
        h.run(() -> h.game.hostMessage(otherHost, new HostCommand.Hello(GameHarness.HOST_TOKEN)));
        assertThat(otherHost.closeCode).isEqualTo(CloseCodes.BAD_HOST_TOKEN);
        assertThat(otherHost.has("host_welcome")).isFalse();
        RecordingPeer guest = new RecordingPeer("guest");
        h.run(() -> h.game.hostMessage(guest, new HostCommand.Hello(GameHarness.HOST_TOKEN)));
        assertThat(guest.closeCode).isEqualTo(CloseCodes.BAD_HOST_TOKEN);
        // the account that opened the room is still seated, and sits again from a new connection
        assertThat(host.closed()).isFalse();
        RecordingPeer again = new RecordingPeer("host again", "host");
        h.run(() -> h.game.hostMessage(again, new HostCommand.Hello(GameHarness.HOST_TOKEN)));
        assertThat(again.has("host_welcome")).isTrue();
    }

    @Test
    void aCommandThatFailsInsideTheEngineAnswersWithATypedErrorInsteadOfSilence() {
        RecordingPeer ada = h.join("Ada");
        h.run(() -> h.game.playerMessage(ada, new PlayerCommand.Answer(0, null)));
        assertThat(lastError(ada)).isIn("not_open", "server_error");
        h.run(() -> h.game.playerMessage(ada, new PlayerCommand.Join(null, null, null)));
        assertThat(lastError(ada)).isEqualTo("already_joined");
        RecordingPeer bad = new RecordingPeer("bad");
        h.run(() -> h.game.playerMessage(bad, new PlayerCommand.Join(null, null, null)));
        assertThat(lastError(bad)).isEqualTo("server_error");
        assertThat(h.failures).isEmpty();
    }

    @Test
    void everyConnectionSeesTheSameChoiceOrderAndTheKeyOnlyAtTheReveal() {
        RecordingPeer host = h.host();
        RecordingPeer ada = h.join("Ada");
        RecordingPeer bob = h.join("Bob");
        open(host, PaceCommand.START);
        JsonNode seenByAda = ada.take("question").path("question").path("choices");
        assertThat(bob.take("question").path("question").path("choices")).isEqualTo(seenByAda);
        assertThat(host.take("question").path("question").path("choices")).isEqualTo(seenByAda);
        assertThat(seenByAda.toString()).doesNotContain("correct");
    }
}
