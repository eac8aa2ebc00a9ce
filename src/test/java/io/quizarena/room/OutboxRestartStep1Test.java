package io.quizarena.room;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** Step 1 of 2: a game finishes while nothing publishes the outbox, then the application stops. */
@QuarkusTest
@TestProfile(OutboxRestartProfiles.Step1RelayStopped.class)
class OutboxRestartStep1Test extends ScoredGameSupport {

    @Test
    void aGameFinishesAndItsEventsArePendingWhenTheApplicationStops() throws Exception {
        PlayedGame game = playShortGame();

        Thread.sleep(1_000); // a relay, were one running, would have published by now
        assertThat(outboxRows(game.gameId())).containsExactly(4, 4);
        for (String key : game.players().keySet()) {
            assertThat(globalPoints(key)).isZero();
        }
        Files.createDirectories(OutboxRestartProfiles.GAME_ID_FILE.getParent());
        Files.writeString(
                OutboxRestartProfiles.GAME_ID_FILE,
                game.gameId() + "\n" + String.join(",", game.players().keySet()) + "\n"
                        + game.players().values().stream()
                                .map(p -> Integer.toString(p.score()))
                                .reduce((a, b) -> a + "," + b)
                                .orElseThrow());
    }
}
