package io.quizarena.game;

import static io.quizarena.game.GameHarness.lastError;
import static io.quizarena.game.GameHarness.single;
import static org.assertj.core.api.Assertions.assertThat;

import io.quizarena.scoring.ScoringMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Assignments and practice: one player moves through the questions on their own, with no host. */
class SelfPacedGameTest {

    private final GameHarness h = new GameHarness(
            List.of(single("q1", 60, "a"), single("q2", 60, "b")),
            new SelfPaced(),
            new GameRules(ScoringMode.ACCURACY, false, 1000, 0, false, true, 1, false),
            new GameTimings(0, 250, 600_000, 5_000, 600_000, 600_000),
            null,
            new Presentation(3, true, true));

    private void pace(RecordingPeer p, PaceCommand command) {
        h.run(() -> h.game.playerMessage(p, new PlayerCommand.Pace(command)));
    }

    @Test
    void thePlayerStartsAnswersReadsTheRevealAndMovesOnWhenReady() {
        RecordingPeer ada = h.join("Ada");
        pace(ada, PaceCommand.START);
        h.clock.advance(0);
        h.choose(ada, 0, "a");
        assertThat(ada.take("reveal").path("explanation").path("en").asText()).isEqualTo("Explained.");
        assertThat(ada.take("result").path("points").asInt()).isEqualTo(1000);
        h.clock.advance(600_000 - 1);
        assertThat(ada.has("get_ready")).isTrue();
        assertThat(ada.frames.stream().filter(f -> f.path("type").asText().equals("question")))
                .as("nothing moves until the player says so")
                .hasSize(1);
        pace(ada, PaceCommand.NEXT);
        h.clock.advance(0);
        h.choose(ada, 1, "c");
        assertThat(ada.take("result").path("correct").asBoolean()).isFalse();
        pace(ada, PaceCommand.NEXT);
        assertThat(ada.take("final").path("score").asInt()).isEqualTo(1000);
        assertThat(h.saved.get(0).answers()).hasSize(2);
    }

    @Test
    void itIsAGameOfOnePlayerWhoCannotSkipOrPause() {
        RecordingPeer ada = h.join("Ada");
        RecordingPeer bob = h.join("Bob");
        assertThat(lastError(bob)).isEqualTo("room_full");
        pace(ada, PaceCommand.START);
        h.clock.advance(0);
        pace(ada, PaceCommand.SKIP);
        assertThat(lastError(ada)).isEqualTo("not_allowed");
        pace(ada, PaceCommand.PAUSE);
        assertThat(lastError(ada)).isEqualTo("not_allowed");
        h.clock.advance(60_000);
        assertThat(ada.take("result").path("answered").asBoolean()).isFalse();
    }

    @Test
    void thePlayerMayStopEarlyAndWhatWasPlayedIsSaved() {
        RecordingPeer ada = h.join("Ada");
        pace(ada, PaceCommand.START);
        h.clock.advance(0);
        h.choose(ada, 0, "a");
        pace(ada, PaceCommand.END);
        assertThat(ada.take("podium").path("status").asText()).isEqualTo("ended_early");
        assertThat(h.saved.get(0).questionsPlayed()).isEqualTo(1);
    }
}
