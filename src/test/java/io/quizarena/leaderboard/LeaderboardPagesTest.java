package io.quizarena.leaderboard;

import static io.restassured.RestAssured.given;
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
