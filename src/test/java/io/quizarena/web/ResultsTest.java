package io.quizarena.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A finished game's results (page, JSON, CSV): only its host or an admin may read them. The game is written here as
 * the room's GameWriter writes it, with a nickname that would run as a spreadsheet formula.
 */
@QuarkusTest
class ResultsTest {

    @Inject
    DataSource dataSource;

    String gameId;

    @BeforeEach
    void aGameOfHost() throws SQLException {
        gameId = UUID.randomUUID().toString();
        try (Connection c = dataSource.getConnection()) {
            exec(
                    c,
                    "insert into game (id, pin, quiz_id, host, status, settings, question_ids, questions_played,"
                            + " player_count, started_at, ended_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    gameId,
                    "482913",
                    "topic-moe",
                    "host",
                    "FINISHED",
                    "{}",
                    "moe-001,moe-002",
                    2,
                    2,
                    Timestamp.from(Instant.parse("2026-01-01T10:00:00Z")),
                    Timestamp.from(Instant.parse("2026-01-01T10:05:00Z")));
            player(c, "p1", "Ada", 1900, 2, 1);
            player(c, "p2", "=HYPERLINK(\"x\")", 0, 0, 2);
            answer(c, "p1", 0, "moe-001", "{\"choiceIds\":[\"b\"]}", 1.0, 1000, 1200);
            answer(c, "p1", 1, "moe-002", "{\"value\":12.5}", 1.0, 900, 4100);
            answer(c, "p2", 0, "moe-001", "{\"choiceIds\":[\"a\",\"c\"]}", 0.0, 0, 3000);
        }
    }

    @Test
    void theHostDownloadsEveryPlayersAnswersAsCsv() {
        Response r = given().auth().preemptive().basic("host", "host").get("/api/games/" + gameId + "/results.csv");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("text/csv");
        assertThat(r.header("Content-Disposition")).contains("attachment").contains(".csv");
        List<String> lines = r.asString().lines().toList();
        assertThat(lines.get(0))
                .isEqualTo("rank,nickname,team,score,correct_count,q1_answer,q1_correct,q1_points,q1_ms,"
                        + "q2_answer,q2_correct,q2_points,q2_ms");
        assertThat(lines.get(1)).isEqualTo("1,Ada,,1900,2,b,true,1000,1200,12.5,true,900,4100");
        // the formula is defused, quoted because of its comma-free quotes, and the missing answer left empty
        assertThat(lines.get(2)).isEqualTo("2,\"'=HYPERLINK(\"\"x\"\")\",,0,0,\"a, c\",false,0,3000,,,0,");
        assertThat(lines).hasSize(3);
    }

    @Test
    void theResultsPageListsRanksAndAnswers() {
        given().auth()
                .preemptive()
                .basic("host", "host")
                .header("Accept-Language", "en")
                .get("/results/" + gameId)
                .then()
                .statusCode(200)
                .body(containsString("Ada"))
                .body(containsString("=HYPERLINK(&quot;x&quot;)"))
                .body(containsString("cell-right"))
                .body(containsString("cell-none"))
                .body(containsString("/api/games/" + gameId + "/results.csv"));
        given().auth()
                .preemptive()
                .basic("host", "host")
                .get("/api/games/" + gameId)
                .then()
                .statusCode(200)
                .body("players[0].nickname", equalTo("Ada"))
                .body("players[0].cells[1].answer", equalTo("12.5"))
                .body("players[1].cells[1].answered", equalTo(false));
    }

    @Test
    void onlyTheHostOrAnAdminMaySeeAGame() {
        given().get("/api/games/" + gameId + "/results.csv").then().statusCode(401);
        given().auth()
                .preemptive()
                .basic("host2", "host2")
                .get("/api/games/" + gameId + "/results.csv")
                .then()
                .statusCode(403)
                .contentType(containsString("application/problem+json"))
                .body("type", equalTo("urn:quiz-arena:problem:forbidden"));
        given().auth()
                .preemptive()
                .basic("player", "player")
                .get("/api/games/" + gameId + "/results.csv")
                .then()
                .statusCode(403);
        given().auth()
                .preemptive()
                .basic("admin", "admin")
                .get("/api/games/" + gameId + "/results.csv")
                .then()
                .statusCode(200);
        given().auth()
                .preemptive()
                .basic("host2", "host2")
                .get("/results/" + gameId)
                .then()
                .statusCode(403);
    }

    @Test
    void theHostsGameListHasOnlyTheirGames() {
        given().auth()
                .preemptive()
                .basic("host", "host")
                .get("/api/games")
                .then()
                .statusCode(200)
                .body("id", org.hamcrest.Matchers.hasItem(gameId));
        given().auth()
                .preemptive()
                .basic("host2", "host2")
                .get("/api/games")
                .then()
                .statusCode(200)
                .body("id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(gameId)));
    }

    @Test
    void badAndUnknownIdsAreProblems() {
        given().auth()
                .preemptive()
                .basic("host", "host")
                .get("/api/games/not-a-uuid/results.csv")
                .then()
                .statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("errors[0].field", equalTo("/id"));
        given().auth()
                .preemptive()
                .basic("host", "host")
                .get("/api/games/" + UUID.randomUUID() + "/results.csv")
                .then()
                .statusCode(404)
                .contentType(containsString("application/problem+json"));
    }

    private void player(Connection c, String id, String nickname, int score, int correct, int rank)
            throws SQLException {
        exec(
                c,
                "insert into game_player (game_id, player_id, nickname, guest_id, user_id, team, score,"
                        + " correct_count, final_rank) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                gameId,
                id,
                nickname,
                "g_test",
                null,
                null,
                score,
                correct,
                rank);
    }

    private void answer(
            Connection c,
            String player,
            int index,
            String question,
            String submission,
            double credit,
            int points,
            long ms)
            throws SQLException {
        exec(
                c,
                "insert into game_answer (game_id, player_id, question_index, question_id, submission, credit,"
                        + " correct, points, response_ms) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                gameId,
                player,
                index,
                question,
                submission,
                credit,
                credit == 1.0,
                points,
                ms);
    }

    private static void exec(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null) {
                    s.setNull(i + 1, java.sql.Types.VARCHAR);
                } else {
                    s.setObject(i + 1, values[i]);
                }
            }
            s.executeUpdate();
        }
    }
}
