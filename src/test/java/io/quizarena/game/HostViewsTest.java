package io.quizarena.game;

import static io.quizarena.game.GameHarness.lastError;
import static io.quizarena.game.GameHarness.single;
import static org.assertj.core.api.Assertions.assertThat;

import io.quizarena.scoring.ScoringMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The host seat holds a big screen and a remote at once (docs/adr/0019): both hear the game, either commands, the
 * owner's screen pass seats them on another device, and the host is away only when neither is connected.
 */
class HostViewsTest {

    private final GameHarness h = new GameHarness(
            List.of(single("q1", 20, "b"), single("q2", 20, "c")),
            new HostPaced(),
            GameHarness.rules(ScoringMode.ACCURACY, 1, true));

    private RecordingPeer seat(String name, String user, String token, HostView view) {
        RecordingPeer peer = new RecordingPeer(name, user);
        h.hostSends(peer, new HostCommand.Hello(token, view));
        return peer;
    }

    private RecordingPeer screen() {
        return seat("screen", "host", GameHarness.HOST_TOKEN, HostView.SCREEN);
    }

    private RecordingPeer remote() {
        return seat("remote", "host", GameHarness.SCREEN_PASS, HostView.REMOTE);
    }

    @Test
    void theScreenAndTheRemoteBothHearTheGameAndEitherMovesIt() {
        RecordingPeer screen = screen();
        RecordingPeer remote = remote();
        assertThat(screen.closed())
                .as("a remote does not replace the big screen")
                .isFalse();
        assertThat(remote.has("host_welcome")).isTrue();
        assertThat(screen.last("host_views").path("views").toString()).isEqualTo("[\"screen\",\"remote\"]");
        RecordingPeer ada = h.join("Ada");
        h.clock.advance(250); // the host feed's interval
        assertThat(screen.take("players").path("count").asInt()).isEqualTo(1);
        assertThat(remote.take("players").path("count").asInt()).isEqualTo(1);

        h.hostSends(remote, PaceCommand.START); // from the phone
        assertThat(screen.take("get_ready").path("questionIndex").asInt()).isZero();
        h.clock.advance(3_000);
        h.choose(ada, 0, "b");
        assertThat(remote.take("reveal").path("correctCount").asInt()).isEqualTo(1);
        h.hostSends(screen, PaceCommand.NEXT); // from the laptop's keyboard
        assertThat(remote.take("standings")).isNotNull();
        h.hostSends(remote, new HostCommand.Lock());
        assertThat(screen.has("locked")).as("both hear the lock").isTrue();
        assertThat(h.failures).isEmpty();
    }

    @Test
    void aNewConnectionReplacesOnlyTheOneOfItsOwnView() {
        RecordingPeer screen = screen();
        RecordingPeer remote = remote();
        RecordingPeer otherPhone = remote();
        assertThat(remote.closeCode).isEqualTo(CloseCodes.REPLACED);
        assertThat(screen.closed()).isFalse();
        RecordingPeer projector = seat("projector", "host", GameHarness.SCREEN_PASS, HostView.SCREEN);
        assertThat(screen.closeCode).isEqualTo(CloseCodes.REPLACED);
        assertThat(otherPhone.closed()).isFalse();
        h.hostSends(remote, PaceCommand.START);
        assertThat(lastError(remote))
                .as("a replaced connection commands nothing")
                .isEqualTo("not_authenticated");
        h.hostSends(projector, PaceCommand.START);
        assertThat(otherPhone.has("get_ready")).isTrue();
    }

    @Test
    void theScreenPassSeatsTheOwnerOnlyAndAGuessedOneNobody() {
        RecordingPeer otherHost = seat("other host", "host2", GameHarness.SCREEN_PASS, HostView.SCREEN);
        assertThat(otherHost.closeCode).isEqualTo(CloseCodes.BAD_HOST_TOKEN);
        RecordingPeer admin = seat("admin", "admin", GameHarness.SCREEN_PASS, HostView.REMOTE);
        assertThat(admin.closeCode).as("an admin is not the owner either").isEqualTo(CloseCodes.BAD_HOST_TOKEN);
        RecordingPeer guest = seat("guest", null, GameHarness.SCREEN_PASS, HostView.REMOTE);
        assertThat(guest.closeCode).isEqualTo(CloseCodes.BAD_HOST_TOKEN);
        RecordingPeer guessed = seat("guessed", "host", "sp_guessed", HostView.SCREEN);
        assertThat(guessed.closeCode).isEqualTo(CloseCodes.BAD_HOST_TOKEN);
        RecordingPeer owner = seat("owner", "host", GameHarness.SCREEN_PASS, HostView.SCREEN);
        assertThat(owner.has("host_welcome")).isTrue();
        assertThat(h.game.hostConnected()).isTrue();
    }

    @Test
    void theProjectorDroppingWhileThePhoneStaysDoesNotPauseAndTheLastOneLeavingDoes() {
        RecordingPeer screen = screen();
        RecordingPeer remote = remote();
        RecordingPeer ada = h.join("Ada");
        h.hostSends(remote, PaceCommand.START);
        h.clock.advance(3_000);
        h.choose(ada, 0, "b");
        ada.take("reveal");
        h.hostLeaves(screen);
        assertThat(ada.has("paused")).as("the phone still holds the seat").isFalse();
        assertThat(h.game.hostConnected()).isTrue();
        assertThat(remote.last("host_views").path("views").toString()).isEqualTo("[\"remote\"]");
        h.hostLeaves(remote);
        assertThat(ada.take("paused").path("reason").asText()).isEqualTo("host_away");
        assertThat(h.game.hostConnected()).isFalse();
        RecordingPeer back = screen();
        assertThat(ada.take("resumed")).isNotNull();
        h.hostSends(back, PaceCommand.NEXT);
        assertThat(ada.take("standings")).isNotNull();
    }

    @Test
    void aHostWithBothViewsAwayLongerThanTheAbsenceLimitEndsTheGameButOneViewKeepsItAlive() {
        RecordingPeer screen = screen();
        RecordingPeer remote = remote();
        h.hostLeaves(screen);
        h.clock.advance(GameHarness.TIMINGS.hostAbsence() + 1);
        assertThat(h.game.phase()).as("the remote is still there").isEqualTo(Phase.LOBBY);
        h.hostLeaves(remote);
        h.clock.advance(GameHarness.TIMINGS.hostAbsence() + 1);
        assertThat(h.game.phase()).isEqualTo(Phase.CLOSED);
    }

    @Test
    void aGameThatMovesClosesBothHostConnectionsForThemToReconnect() {
        RecordingPeer screen = screen();
        RecordingPeer remote = remote();
        h.run(h.game::handOff);
        assertThat(screen.closeCode).isEqualTo(CloseCodes.MOVING);
        assertThat(remote.closeCode).isEqualTo(CloseCodes.MOVING);
    }

    @Test
    void aHelloForAnUnknownViewIsATypedError() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> Protocol.parseHost("{\"type\":\"hello\",\"hostToken\":\"x\",\"view\":\"tv\"}"))
                .isInstanceOf(ProtocolException.class)
                .hasMessageContaining("screen or remote");
        assertThat(Protocol.parseHost("{\"type\":\"hello\",\"hostToken\":\"x\"}"))
                .isEqualTo(new HostCommand.Hello("x", HostView.SCREEN));
        assertThat(Protocol.parseHost("{\"type\":\"hello\",\"hostToken\":\"x\",\"view\":\"remote\"}"))
                .isEqualTo(new HostCommand.Hello("x", HostView.REMOTE));
    }
}
