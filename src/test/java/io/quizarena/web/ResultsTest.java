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
        // what was played, then the questions (text, share correct of both players, mean time), then the players
        assertThat(lines.subList(0, 5))
                .containsExactly(
                        "quiz,Mixture of Experts (MoE)",
                        "status,Finished",
                        "started_at,2026-01-01T10:00:00Z",
                        "ended_at,2026-01-01T10:05:00Z",
                        "players,2");
        assertThat(lines.get(5)).isEmpty();
        assertThat(lines.get(6)).isEqualTo("question,text,percent_correct,average_ms");
        assertThat(lines.get(7))
                .startsWith("q1,\"In a Mixtral-style MoE layer $y=")
                .endsWith(",50,2100");
        assertThat(lines.get(8)).startsWith("q2,\"In $G(x)=").endsWith(",50,4100");
        assertThat(lines.get(9)).isEmpty();
        assertThat(lines.get(10))
                .isEqualTo("rank,nickname,team,score,correct_count,q1_answer,q1_correct,q1_points,q1_ms,"
                        + "q2_answer,q2_correct,q2_points,q2_ms");
        assertThat(lines.get(11)).isEqualTo("1,Ada,,1900,2,b,true,1000,1200,12.5,true,900,4100");
        // the formula is defused, quoted because of its comma-free quotes, and the missing answer left empty
        assertThat(lines.get(12)).isEqualTo("2,\"'=HYPERLINK(\"\"x\"\")\",,0,0,\"a, c\",false,0,3000,,,0,");
        assertThat(lines).hasSize(13);

        List<String> zh = given().auth()
                .preemptive()
                .basic("host", "host")
                .get("/api/games/" + gameId + "/results.csv?lang=zh")
                .asString()
                .lines()
                .toList();
        assertThat(zh.subList(0, 2)).containsExactly("quiz,混合专家模型（MoE）", "status,已完成");
        assertThat(zh.get(7)).startsWith("q1,\"在 Mixtral 这类 MoE 层");
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
                .body("players[1].cells[1].answered", equalTo(false))
                .body("title.en", equalTo("Mixture of Experts (MoE)"))
                .body("questions[0].correct", equalTo(1))
                .body("questions[1].averageMillis", equalTo(4100));
    }

    @Test
    void theResultsPageTellsWhatWasPlayedAndHowEachQuestionWent() {
        String en = page("en", gameId);
        assertThat(en)
                .contains("data-test=\"results-title\">Mixture of Experts (MoE)</h1>")
                .contains("data-test=\"results-status\">Finished</li>")
                .contains("data-test=\"results-questions\">2 questions</li>")
                .contains("data-test=\"results-players\">2 players</li>")
                .contains("Played 2026-01-01 10:00 UTC</time> · 5 min 0 s")
                .contains("data-test=\"question-text\">In a Mixtral-style MoE layer $y=")
                .contains("data-percent=\"50\">50% correct</strong>")
                .contains("data-test=\"average-time\">2.1 s on average</span>")
                .contains("1 of 2 answered")
                .contains("/api/games/" + gameId + "/results.csv?lang=en")
                .doesNotContain(">topic-moe<");
        String zh = page("zh-CN", gameId);
        assertThat(zh)
                .contains("data-test=\"results-title\">混合专家模型（MoE）</h1>")
                .contains("data-test=\"results-status\">已完成</li>")
                .contains("data-test=\"results-questions\">2 道题</li>")
                .contains("data-test=\"question-text\">在 Mixtral 这类 MoE 层")
                .contains("答对 50%")
                .contains("平均 2.1 秒");
    }

    @Test
    void aGameEndedEarlyAfterOneQuestionSaysSoInBothLanguages() throws SQLException {
        String early = UUID.randomUUID().toString();
        try (Connection c = dataSource.getConnection()) {
            exec(
                    c,
                    "insert into game (id, pin, quiz_id, host, status, settings, question_ids, questions_played,"
                            + " player_count, started_at, ended_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    early,
                    "112233",
                    "no-such-quiz",
                    "host",
                    "ENDED_EARLY",
                    "{}",
                    "moe-001",
                    1,
                    0,
                    Timestamp.from(Instant.parse("2026-01-02T10:00:00Z")),
                    Timestamp.from(Instant.parse("2026-01-02T10:00:42Z")));
        }
        assertThat(page("en", early))
                .contains("data-test=\"results-status\">Ended early</li>")
                .contains("data-test=\"results-questions\">1 question</li>")
                .contains("data-test=\"results-players\">0 players</li>")
                .contains("· 42 s</li>")
                // a quiz that is gone is named by its id; a game nobody joined says so instead of an empty table
                .contains("data-test=\"results-title\">no-such-quiz</h1>")
                .contains("data-test=\"no-players\"")
                .contains("data-percent=\"0\">0% correct");
        assertThat(page("zh", early))
                .contains("data-test=\"results-status\">提前结束</li>")
                .contains("data-test=\"results-questions\">1 道题</li>")
                .contains("42 秒");
        given().auth()
                .preemptive()
                .basic("host", "host")
                .get("/api/games")
                .then()
                .statusCode(200)
                .body("find { it.id == '" + gameId + "' }.title.en", equalTo("Mixture of Experts (MoE)"));
        // the host's list of games names the quiz by its title and says the status in words
        String host = given().auth()
                .preemptive()
                .basic("host", "host")
                .header("Accept-Language", "en")
                .get("/host")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(host)
                .contains("<td>Mixture of Experts (MoE)</td><td>2</td><td>Finished</td>")
                .contains("<td>no-such-quiz</td><td>0</td><td>Ended early</td>")
                .doesNotContain("<td>ended_early</td>");
        assertThat(given().auth()
                        .preemptive()
                        .basic("host", "host")
                        .header("Accept-Language", "zh")
                        .get("/host")
                        .asString())
                .contains("<td>混合专家模型（MoE）</td><td>2</td><td>已完成</td>")
                .contains("<td>提前结束</td>");
        // the JSON keeps the codes
        given().auth()
                .preemptive()
                .basic("host", "host")
                .get("/api/games/" + early)
                .then()
                .statusCode(200)
                .body("status", equalTo("ended_early"))
                .body("title.en", equalTo("no-such-quiz"))
                .body("questions[0].correct", equalTo(0));
    }

    private static String page(String language, String game) {
        return given().auth()
                .preemptive()
                .basic("host", "host")
                .header("Accept-Language", language)
                .get("/results/" + game)
                .then()
                .statusCode(200)
                .extract()
                .asString();
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
