package io.quizarena.leaderboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The leaderboard pages: the list, a board in both languages with ranks and pages, and bad addresses. */
@QuarkusTest
class LeaderboardPagesTest {

    @Inject
    LeaderboardProjector projector;

    @Test
    void theListNamesEveryStandingBoardInTheReadersLanguage() {
        given().header("Accept-Language", "en")
                .get("/leaderboards")
                .then()
                .statusCode(200)
                .body(containsString("All time"))
                .body(containsString("This week"))
                .body(containsString("href=\"/leaderboards/topic-moe\""));
        given().header("Accept-Language", "zh-CN")
                .get("/leaderboards")
                .then()
                .statusCode(200)
                .body(containsString("总榜"))
                .body(containsString("本周"));
    }

    @Test
    void aBoardShowsRanksNamesAndPages() {
        String game = UUID.randomUUID().toString();
        List<io.quizarena.events.ScoreEvent> events = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            events.add(LeaderboardProjectionTest.scored(game, "page" + i, 3000 - 100 * i, null));
        }
        events.add(LeaderboardProjectionTest.scored(game, "tie", 3000, null));
        projector.project(events);

        given().header("Accept-Language", "en")
                .get("/leaderboards/game-" + game)
                .then()
                .statusCode(200)
                .body(containsString("31 on this board"))
                .body(containsString("<td>1</td><th scope=\"row\">nick-page0</th><td>3000</td>"))
                .body(containsString("<td>1</td><th scope=\"row\">nick-tie</th><td>3000</td>"))
                .body(containsString("<td>3</td><th scope=\"row\">nick-page1</th>"))
                .body(containsString("data-live=\"true\""))
                .body(containsString("data-limit=\"25\""))
                .body(containsString("rel=\"next\" href=\"/leaderboards/game-" + game + "?page=2\""))
                .body(not(containsString("nick-page29")));
        given().header("Accept-Language", "zh")
                .get("/leaderboards/game-" + game + "?page=2")
                .then()
                .statusCode(200)
                .body(containsString("本榜共 31 人"))
                .body(containsString("nick-page29"))
                .body(containsString("data-live=\"false\""))
                .body(containsString("rel=\"prev\""));
    }

    @Test
    void theListShowsEveryBoardsTopThreeOrSaysItHasNoScores() {
        String game = UUID.randomUUID().toString();
        // far above anything else on the RAG board, so these are its top three whatever else ran
        projector.project(List.of(
                named(game, "rag-1", "Rhea", 2_000_000_000, "rag"),
                named(game, "rag-2", "Ada", 1_900_000_000, "rag"),
                named(game, "rag-3", "Ada", 1_900_000_000, "rag"),
                named(game, "rag-4", "Zed", 1_800_000_000, "rag")));
        String en = given().header("Accept-Language", "en")
                .get("/leaderboards")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        String rag = card(en, "topic-rag");
        assertThat(rag)
                .contains("aria-label=\"Top three of Retrieval-augmented generation\"")
                .contains("<span class=\"board-rank\">1</span> <span class=\"board-name\">Rhea</span> <span"
                        + " class=\"board-points\">2000000000</span>")
                // a tie shares the rank; two players called Ada are told apart by a tag from their keys
                .contains("<span class=\"board-rank\">2</span> <span class=\"board-name\">Ada <span"
                        + " class=\"name-tag\" title=\"Same name as another player: told apart by this mark\">#"
                        + NameTags.tag("guest:rag-2", 4) + "</span></span>")
                .contains("#" + NameTags.tag("guest:rag-3", 4) + "</span>")
                .doesNotContain("Zed")
                .doesNotContain("rag-2");
        // every standing board: a top list exactly when it has entries, never an empty box
        for (String board : List.of("global", "weekly", "teams", "topic-agents", "topic-rag")) {
            int entrants = given().get("/api/leaderboards/" + board + "?limit=1")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("entrants");
            String id = board.equals("weekly") ? weekOf(en) : board;
            String shown = card(en, id);
            if (entrants == 0) {
                assertThat(shown).contains("data-test=\"board-no-scores\">No scores yet</p>");
            } else {
                assertThat(shown).contains("data-test=\"board-top\"").doesNotContain("board-no-scores");
            }
        }
        String zh = given().header("Accept-Language", "zh")
                .get("/leaderboards")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(card(zh, "topic-rag")).contains("检索增强生成 RAG前三名").contains("本榜共");
        assertThat(zh).contains("还没有成绩").doesNotContain("No scores yet");
    }

    @Test
    void playersWithTheSameNameAreToldApartOnTheBoardAndItsStream() {
        String game = UUID.randomUUID().toString();
        projector.project(List.of(
                named(game, "twin-a", "Ada", 900, null),
                named(game, "twin-b", "ada ", 800, null),
                named(game, "solo", "Bo", 700, null)));
        String tagA = NameTags.tag("guest:twin-a", 4);
        String tagB = NameTags.tag("guest:twin-b", 4);
        assertThat(tagA).hasSize(4).isNotEqualTo(tagB);
        given().header("Accept-Language", "en")
                .get("/leaderboards/game-" + game)
                .then()
                .statusCode(200)
                .body(containsString("<th scope=\"row\">Ada <span class=\"name-tag\"" + " title=\"Same name as another"
                        + " player: told apart by this mark\">#" + tagA + "</span></th>"))
                .body(containsString("#" + tagB + "</span></th>"))
                .body(containsString("<th scope=\"row\">Bo</th>"));
        // the JSON (and so the live stream and the reader's own rank) carries the tag; the key stays as it was
        given().get("/api/leaderboards/game-" + game)
                .then()
                .statusCode(200)
                .body("rows[0].tag", org.hamcrest.Matchers.equalTo(tagA))
                .body("rows[1].tag", org.hamcrest.Matchers.equalTo(tagB))
                .body("rows[2].tag", org.hamcrest.Matchers.nullValue());
        given().get("/api/leaderboards/game-" + game + "/entrants/guest:solo?neighbours=2")
                .then()
                .statusCode(200)
                .body("above.tag", org.hamcrest.Matchers.contains(tagA, tagB))
                .body("entrant.tag", org.hamcrest.Matchers.nullValue());
    }

    /** The HTML of one board's card on the list. */
    private static String card(String page, String board) {
        int start = page.indexOf("data-board=\"" + board + "\"");
        assertThat(start).as("a card for " + board).isPositive();
        return page.substring(start, cardEnd(page, start));
    }

    private static int cardEnd(String page, int start) {
        int next = page.indexOf("data-test=\"board-card\"", start + 1);
        return next > 0 ? next : page.length();
    }

    private static String weekOf(String page) {
        int at = page.indexOf("data-board=\"week-");
        return page.substring(at + "data-board=\"".length(), page.indexOf('"', at + "data-board=\"".length()));
    }

    private static io.quizarena.events.PlayerScored named(
            String game, String player, String nickname, int points, String topic) {
        // on a topic the points go to its board only: the game's own points stay small, off this week's top five
        int gamePoints = topic == null ? points : 1;
        var e = LeaderboardProjectionTest.scored(game, player, gamePoints, null);
        return new io.quizarena.events.PlayerScored(
                e.schemaVersion(),
                e.eventId(),
                e.occurredAt(),
                game,
                e.quizId(),
                e.playerKey(),
                nickname,
                null,
                gamePoints,
                e.correctCount(),
                e.questionsPlayed(),
                e.rank(),
                topic == null
                        ? List.of()
                        : List.of(new io.quizarena.events.PlayerScored.TopicScore(topic, points, 1, 1)));
    }

    @Test
    void namesAreEscaped() {
        String game = UUID.randomUUID().toString();
        var event = LeaderboardProjectionTest.scored(game, "x", 10, null);
        projector.project(List.of(new io.quizarena.events.PlayerScored(
                event.schemaVersion(),
                event.eventId(),
                event.occurredAt(),
                game,
                "q",
                "guest:xss",
                "<script>alert(1)</script>",
                null,
                10,
                1,
                1,
                1,
                List.of())));
        given().get("/leaderboards/game-" + game)
                .then()
                .statusCode(200)
                .body(not(containsString("<script>alert(1)</script>")))
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }

    @Test
    void theHomePageShowsThisWeeksTopFive() {
        String game = UUID.randomUUID().toString();
        // far ahead of everyone else this week, so certainly in the top five
        projector.project(List.of(LeaderboardProjectionTest.scoredAt(
                java.time.Instant.now(), game, "weekstar-" + game.substring(0, 6), 9_000_000, null)));
        given().header("Accept-Language", "en")
                .get("/")
                .then()
                .statusCode(200)
                .body(containsString("This week&#39;s top five"))
                .body(containsString("#1 nick-weekstar-" + game.substring(0, 6) + " · 9000000"));
    }

    @Test
    void unknownBoardsAndBadPagesAreClearErrors() {
        given().header("Accept-Language", "en")
                .get("/leaderboards/nope")
                .then()
                .statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("data-test=\"not-found\""));
        given().header("Accept-Language", "zh")
                .get("/quizzes/no-such-quiz")
                .then()
                .statusCode(404)
                .body(containsString("找不到页面"));
        given().get("/leaderboards/global?page=0").then().statusCode(400);
        given().get("/leaderboards/weekly").then().statusCode(200).body(containsString("This week"));
    }
}
