package io.quizarena.room;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Step 2 of 2: after the restart the relay finds step 1's pending events and every board counts them once. */
@QuarkusTest
@TestProfile(OutboxRestartProfiles.Step2Restarted.class)
class OutboxRestartStep2Test extends ScoredGameSupport {

    @Test
    void afterTheRestartThePendingEventsReachTheBoardsOnce() throws Exception {
        assertThat(OutboxRestartProfiles.GAME_ID_FILE)
                .as("step 1 ran in the application run before this one")
                .exists();
        List<String> lines = Files.readAllLines(OutboxRestartProfiles.GAME_ID_FILE);
        Files.delete(OutboxRestartProfiles.GAME_ID_FILE);
        String gameId = lines.get(0);
        List<String> keys = List.of(lines.get(1).split(","));
        List<Long> scores =
                List.of(lines.get(2).split(",")).stream().map(Long::valueOf).toList();

        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> outboxRows(gameId)[1] == 0);
        assertThat(outboxRows(gameId)).containsExactly(4, 0);
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .untilAsserted(() ->
                        given().get("/api/leaderboards/game-" + gameId).then().body("entrants", equalTo(3)));
        given().get("/api/leaderboards/game-" + gameId)
                .then()
                .statusCode(200)
                .body("entrants", equalTo(3))
                .body("rows.entrant", equalTo(keys));
        for (int i = 0; i < keys.size(); i++) {
            assertThat(globalPoints(keys.get(i))).isEqualTo(scores.get(i));
        }
    }
}
