package io.quizarena.room;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * A played game reaches every board through the outbox and the score-events channel (in-process here, Kafka in the
 * it profile), and events delivered again are not counted again.
 */
@QuarkusTest
@TestProfile(VirtualTimeProfile.class)
class GameScoreEventsTest extends ScoredGameSupport {

    @Test
    void aFinishedGameFeedsEveryBoardExactlyOnce() throws Exception {
        PlayedGame game = playShortGame();
        awaitGameBoard(game);

        List<String> keys = List.copyOf(game.players().keySet());
        // the game board ranks like the podium did
        given().get("/api/leaderboards/game-" + game.gameId())
                .then()
                .body("rows.entrant", equalTo(keys))
                .body("rows.rank", equalTo(List.of(1, 2, 3)))
                .body(
                        "rows.points",
                        equalTo(game.players().values().stream()
                                .map(PlayerOutcome::score)
                                .toList()));
        for (Map.Entry<String, PlayerOutcome> p : game.players().entrySet()) {
            PlayerOutcome o = p.getValue();
            assertThat(globalPoints(p.getKey()))
                    .as("global points of %s", o.nickname())
                    .isEqualTo(o.score());
            given().get("/api/leaderboards/weekly/entrants/" + p.getKey() + "?neighbours=0")
                    .then()
                    .statusCode(200)
                    .body("entrant.points", equalTo(o.score()))
                    .body("entrant.name", equalTo(o.nickname()));
            given().get("/api/leaderboards/topic-moe/entrants/" + p.getKey() + "?neighbours=0")
                    .then()
                    .statusCode(200)
                    .body("entrant.points", equalTo(o.score()))
                    .body("entrant.correct", equalTo(o.correct()));
        }
        // Red and red are one team, and a team scores the mean of its members
        List<PlayerOutcome> outcomes = List.copyOf(game.players().values());
        String red = outcomes.get(0).team();
        long mean = Math.round((outcomes.get(0).score() + outcomes.get(1).score()) / 2.0);
        assertThat(teamPoints(red)).isEqualTo(mean);
        given().get("/api/leaderboards/team-" + red.toLowerCase(java.util.Locale.ROOT) + "/entrants/" + keys.get(1)
                        + "?neighbours=0")
                .then()
                .statusCode(200)
                .body("entrant.points", equalTo(outcomes.get(1).score()));
        assertThat(outboxRows(game.gameId())).containsExactly(4, 0);
        // the backlog is a metric (zero now: everything was acknowledged)
        given().get("/q/metrics")
                .then()
                .statusCode(200)
                .body(org.hamcrest.Matchers.containsString("arena_outbox_backlog 0.0"))
                .body(org.hamcrest.Matchers.containsString("arena_leaderboard_events_projected_total"));

        // every acknowledgement lost: the relay publishes all four events again, the boards stay as they are
        long redBefore = teamPoints(red);
        double duplicatesBefore = duplicatesRecognised();
        assertThat(republish(game.gameId())).isEqualTo(4);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> outboxRows(game.gameId())[1] == 0);
        // the consumer received all four again (through Kafka in the it profile) and recognised them
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> duplicatesRecognised() >= duplicatesBefore + 4);
        for (Map.Entry<String, PlayerOutcome> p : game.players().entrySet()) {
            assertThat(globalPoints(p.getKey())).isEqualTo(p.getValue().score());
        }
        assertThat(teamPoints(red)).isEqualTo(redBefore);
        given().get("/api/leaderboards/game-" + game.gameId()).then().body("entrants", equalTo(3));
    }
}
