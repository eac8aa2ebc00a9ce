package io.quizarena.room;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quizarena.training.Learners;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A live game feeds training: every answer enters the players' study log, every miss their review queue, and each
 * player can open their own review of the game (named by their final frame) and nobody else's.
 */
@QuarkusTest
@TestProfile(VirtualTimeProfile.class)
class GameStudyTest extends ScoredGameSupport {

    @Test
    void aSavedGameFillsTheReviewQueueAndEachPlayerReviewsOnlyTheirOwnAnswers() throws Exception {
        PlayedGame game = playShortGame();
        List<String> keys = List.copyOf(game.players().keySet());
        List<PlayerOutcome> players = List.copyOf(game.players().values());
        assertThat(players).extracting(PlayerOutcome::finalGameId).containsOnly(game.gameId());

        // the first answered both right, the second missed the second question, the third missed both
        assertThat(count("select count(*) from study_answer where learner_key = ?", keys.get(0)))
                .isEqualTo(2);
        assertThat(count("select count(*) from review_card where learner_key = ?", keys.get(0)))
                .isZero();
        assertThat(count("select count(*) from review_card where learner_key = ?", keys.get(1)))
                .isEqualTo(1);
        assertThat(count("select count(*) from review_card where learner_key = ?", keys.get(2)))
                .isEqualTo(2);
        given().header(Learners.GUEST_HEADER, players.get(2).guestId())
                .get("/api/review")
                .then()
                .statusCode(200)
                .body("due", equalTo(2));

        given().header(Learners.GUEST_HEADER, players.get(1).guestId())
                .get("/api/games/" + game.gameId() + "/review")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(2))
                .body("items.correct", equalTo(List.of(true, false)))
                .body("items[1].submission.choiceIds", equalTo(List.of("false")))
                .body("items[1].question.correct.choiceIds", equalTo(List.of("true")))
                .body("items[0].question.explanation.en", org.hamcrest.Matchers.notNullValue());
        // someone who did not play it, or nobody at all, sees no such game
        given().auth()
                .preemptive()
                .basic("player", "player")
                .get("/api/games/" + game.gameId() + "/review")
                .then()
                .statusCode(404)
                .body("code", equalTo("unknown_game"));
        given().get("/api/games/" + game.gameId() + "/review").then().statusCode(404);
    }

    private long count(String sql, String key) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, key);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
