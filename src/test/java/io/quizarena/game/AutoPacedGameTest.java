package io.quizarena.game;

import static io.quizarena.game.GameHarness.lastError;
import static io.quizarena.game.GameHarness.single;
import static org.assertj.core.api.Assertions.assertThat;

import io.quizarena.scoring.ScoringMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Battles: timers move the game from reveal to standings to the next question; nobody paces it by hand. */
class AutoPacedGameTest {

    private final GameHarness h = new GameHarness(
            List.of(single("q1", 10, "a"), single("q2", 10, "b"), single("q3", 10, "c")),
            new AutoPaced(4_000, 3_000),
            GameHarness.rules(ScoringMode.SPEED, 2, true),
            GameHarness.TIMINGS,
            null,
            new Presentation(7, true, true));

    @Test
    void timersMoveAGameWithoutAHostFromStartToPodium() {
        RecordingPeer ada = h.join("Ada");
        RecordingPeer bob = h.join("Bob");
        h.run(() -> h.game.pace(PaceCommand.START)); // the battle service starts it when both are in
        h.clock.advance(3_000);
        h.choose(ada, 0, "a");
        h.clock.advance(2_000);
        h.choose(bob, 0, "a"); // 2 s of 10: 900
        assertThat(bob.take("result").path("points").asInt()).isEqualTo(900);
        h.clock.advance(3_999);
        assertThat(ada.has("get_ready")).as("the reveal stays up 4 s").isTrue(); // the first get_ready
        assertThat(ada.frames.stream().filter(f -> f.path("type").asText().equals("get_ready")))
                .hasSize(1);
        h.clock.advance(1);
        assertThat(ada.frames.stream().filter(f -> f.path("type").asText().equals("get_ready")))
                .hasSize(2);
        h.clock.advance(3_000);
        h.choose(ada, 1, "b");
        h.choose(bob, 1, "a");
        h.clock.advance(4_000); // reveal over; standings every 2 questions
        assertThat(ada.take("standings").path("top").get(0).path("nickname").asText())
                .isEqualTo("Ada");
        h.clock.advance(3_000 + 3_000); // standings, then the countdown
        h.clock.advance(10_000); // nobody answers: the deadline closes the question
        h.clock.advance(4_000);
        assertThat(ada.take("podium").path("status").asText()).isEqualTo("finished");
        assertThat(h.saved).hasSize(1);
        assertThat(h.saved.get(0).questionsPlayed()).isEqualTo(3);
        assertThat(h.failures).isEmpty();
    }

    @Test
    void playersCannotPaceItAndAHostSeatMayOnlyEndIt() {
        GameHarness withSeat = new GameHarness(
                List.of(single("q1", 10, "a")),
                new AutoPaced(4_000, 3_000),
                GameHarness.rules(ScoringMode.SPEED, 0, true));
        RecordingPeer screen = withSeat.host();
        RecordingPeer ada = withSeat.join("Ada");
        withSeat.run(() -> withSeat.game.playerMessage(ada, new PlayerCommand.Pace(PaceCommand.NEXT)));
        assertThat(lastError(ada)).isEqualTo("not_allowed");
        withSeat.hostSends(screen, PaceCommand.START);
        assertThat(lastError(screen)).isEqualTo("not_allowed");
        withSeat.run(() -> withSeat.game.pace(PaceCommand.START));
        withSeat.hostLeaves(screen);
        withSeat.clock.advance(3_000);
        assertThat(ada.has("question")).as("a screen that drops holds nothing").isTrue();
        RecordingPeer back = withSeat.host();
        withSeat.hostSends(back, PaceCommand.END);
        assertThat(ada.take("podium").path("status").asText()).isEqualTo("ended_early");
    }
}
