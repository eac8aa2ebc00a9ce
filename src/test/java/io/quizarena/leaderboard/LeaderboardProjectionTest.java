package io.quizarena.leaderboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quizarena.events.EventIds;
import io.quizarena.events.PlayerScored;
import io.quizarena.events.PlayerScored.TopicScore;
import io.quizarena.events.ScoreEvent;
import io.quizarena.leaderboard.LeaderboardQueries.BoardPage;
import io.quizarena.leaderboard.LeaderboardQueries.Neighbourhood;
import io.quizarena.leaderboard.LeaderboardQueries.Row;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The projector and the queries on their own: ranks, ties, neighbours, pages, idempotency, every kind of board. */
@QuarkusTest
class LeaderboardProjectionTest {

    @Inject
    LeaderboardProjector projector;

    @Inject
    LeaderboardQueries queries;

    static PlayerScored scored(String gameId, String player, int points, String team, TopicScore... topics) {
        return scoredAt(Instant.parse("2026-12-01T10:00:00Z"), gameId, player, points, team, topics);
    }

    static PlayerScored scoredAt(
            Instant when, String gameId, String player, int points, String team, TopicScore... topics) {
        return new PlayerScored(
                ScoreEvent.SCHEMA_VERSION,
                EventIds.playerScored(gameId, player),
                when,
                gameId,
                "quiz-1",
                "guest:" + player,
                "nick-" + player,
                team,
                points,
                points / 100,
                5,
                1,
                List.of(topics));
    }

    @Test
    void tiesShareARankAndTheNextRankSkips() {
        String game = UUID.randomUUID().toString();
        projector.project(List.of(
                scored(game, "a", 900, null),
                scored(game, "b", 700, null),
                scored(game, "c", 700, null),
                scored(game, "d", 500, null)));

        BoardPage page = queries.page(Boards.game(game), 10, 0);

        assertThat(page.entrants()).isEqualTo(4);
        assertThat(page.rows()).extracting(Row::rank).containsExactly(1L, 2L, 2L, 4L);
        assertThat(page.rows()).extracting(Row::entrant).containsExactly("guest:a", "guest:b", "guest:c", "guest:d");
        // a page that starts inside a tie still ranks it right
        assertThat(queries.page(Boards.game(game), 2, 2).rows())
                .extracting(Row::rank)
                .containsExactly(2L, 4L);
    }

    @Test
    void theSameEventTwiceCountsOnce() {
        String game = UUID.randomUUID().toString();
        String player = "once-" + UUID.randomUUID();
        PlayerScored event = scored(game, player, 800, null);

        assertThat(projector.project(List.of(event, event)).boards()).contains(Boards.GLOBAL);
        assertThat(projector.project(List.of(event, event)).duplicates()).isEqualTo(2);

        Neighbourhood global =
                queries.around(Boards.GLOBAL, "guest:" + player, 0).orElseThrow();
        assertThat(global.entrant().points()).isEqualTo(800);
        assertThat(global.entrant().games()).isEqualTo(1);
    }

    @Test
    void cumulativeBoardsAddUpGamesWhileGameBoardsKeepOneResult() {
        String player = "sum-" + UUID.randomUUID();
        String team = "Team-" + UUID.randomUUID().toString().substring(0, 8);
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        projector.project(List.of(scored(
                first, player, 1200, team, new TopicScore("moe", 700, 2, 2), new TopicScore("lora", 500, 1, 2))));
        projector.project(List.of(scored(second, player, 300, team, new TopicScore("moe", 300, 1, 1))));

        String key = "guest:" + player;
        assertThat(queries.around(Boards.GLOBAL, key, 0).orElseThrow().entrant().points())
                .isEqualTo(1500);
        assertThat(queries.around(Boards.GLOBAL, key, 0).orElseThrow().entrant().games())
                .isEqualTo(2);
        assertThat(queries.around("week-2026-W49", key, 0)
                        .orElseThrow()
                        .entrant()
                        .points())
                .isEqualTo(1500);
        assertThat(queries.around(Boards.topic("moe"), key, 0)
                        .orElseThrow()
                        .entrant()
                        .points())
                .isEqualTo(1000);
        assertThat(queries.around(Boards.topic("lora"), key, 0)
                        .orElseThrow()
                        .entrant()
                        .points())
                .isEqualTo(500);
        assertThat(queries.around(Boards.game(first), key, 0)
                        .orElseThrow()
                        .entrant()
                        .points())
                .isEqualTo(1200);
        assertThat(queries.around(Boards.game(second), key, 0)
                        .orElseThrow()
                        .entrant()
                        .points())
                .isEqualTo(300);
        // the team board ranks teams (case-insensitive codes) by the mean of their members' points per game, the
        // team's own board ranks its members
        Row teamRow = queries.around(Boards.TEAMS, Boards.teamKey(team), 0)
                .orElseThrow()
                .entrant();
        assertThat(teamRow.points()).isEqualTo(750);
        assertThat(teamRow.name()).isEqualTo(team);
        assertThat(queries.page(Boards.team(team), 10, 0).rows())
                .extracting(Row::entrant, Row::points)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(key, 1500L));
    }

    @Test
    void theTeamsBoardRanksTeamsByTheirMembersMeanSoTeamSizeDoesNotDecide() {
        String game = UUID.randomUUID().toString();
        String small = "small-" + UUID.randomUUID().toString().substring(0, 6);
        String big = "big-" + UUID.randomUUID().toString().substring(0, 6);
        List<ScoreEvent> events = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            events.add(scored(game, small + i, 900, small)); // 2700 in all, mean 900
        }
        for (int i = 0; i < 7; i++) {
            events.add(scored(game, big + i, 500, big.toUpperCase(java.util.Locale.ROOT))); // 3500 in all, mean 500
        }
        projector.project(events);
        Row smallRow = queries.around(Boards.TEAMS, Boards.teamKey(small), 0)
                .orElseThrow()
                .entrant();
        Row bigRow = queries.around(Boards.TEAMS, Boards.teamKey(big), 0)
                .orElseThrow()
                .entrant();
        assertThat(smallRow.points()).isEqualTo(900);
        assertThat(bigRow.points()).isEqualTo(500);
        assertThat(smallRow.rank()).isLessThan(bigRow.rank());
        assertThat(bigRow.games()).isEqualTo(7);
    }

    @Test
    void neighboursAreTheEntriesRightAboveAndBelowWithTheirRanks() {
        String game = UUID.randomUUID().toString();
        List<ScoreEvent> events = new ArrayList<>();
        // 30 players; points fall by 100 every two players, so pairs tie
        for (int i = 0; i < 30; i++) {
            events.add(scored(game, String.format("p%02d", i), 5000 - 100 * (i / 2), null));
        }
        projector.project(events);

        Neighbourhood n = queries.around(Boards.game(game), "guest:p15", 5).orElseThrow();

        assertThat(n.entrant().rank()).isEqualTo(15); // p14 and p15 tie; 14 players above them
        assertThat(n.above())
                .extracting(Row::entrant)
                .containsExactly("guest:p10", "guest:p11", "guest:p12", "guest:p13", "guest:p14");
        assertThat(n.above()).extracting(Row::rank).containsExactly(11L, 11L, 13L, 13L, 15L);
        assertThat(n.below())
                .extracting(Row::entrant)
                .containsExactly("guest:p16", "guest:p17", "guest:p18", "guest:p19", "guest:p20");
        assertThat(n.below()).extracting(Row::rank).containsExactly(17L, 17L, 19L, 19L, 21L);
        // at the top there is no one above
        assertThat(queries.around(Boards.game(game), "guest:p00", 5)
                        .orElseThrow()
                        .above())
                .isEmpty();
    }

    @Test
    void ranksFromTheCountersMatchCountingEveryEntryAcrossBlocks() {
        // a week of its own (a far one), so the board holds only these entries; weekly boards keep counters
        Instant when =
                Instant.parse("2031-01-08T12:00:00Z").plus(java.time.Duration.ofDays(7L * new Random().nextInt(50)));
        String week = Boards.week(when, ZoneOffset.UTC);
        assertThat(Boards.isCounted(week)).isTrue();
        Random random = new Random(7);
        List<ScoreEvent> events = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            // spread over several blocks of 1000 points, with plenty of ties; some players score twice
            String game = UUID.randomUUID().toString();
            events.add(scoredAt(when, game, "r" + (i % 330), random.nextInt(60) * 97, null));
        }
        projector.project(events.subList(0, 200));
        projector.project(events.subList(200, 400));

        BoardPage all = queries.page(week, 100, 0);
        assertThat(all.entrants()).isEqualTo(330);
        for (int offset = 0; offset < 330; offset += 100) {
            for (Row row : queries.page(week, 100, offset).rows()) {
                assertThat(row.rank())
                        .as("rank of %s with %d points", row.entrant(), row.points())
                        .isEqualTo(queries.rankByCounting(week, row.points()));
            }
        }
        for (int i = 0; i < 330; i += 37) {
            assertThat(queries.around(week, "guest:r" + i, 5))
                    .isEqualTo(queries.aroundCountingEveryEntry(week, "guest:r" + i, 5));
        }
    }

    @Test
    void weeksAreIsoWeeksInTheConfiguredZone() {
        // Sunday 2026-12-06 23:30 UTC is still week 49 in UTC, but already week 50 in UTC+8
        Instant lateSunday = Instant.parse("2026-12-06T23:30:00Z");
        assertThat(Boards.week(lateSunday, ZoneOffset.UTC)).isEqualTo("week-2026-W49");
        assertThat(Boards.week(lateSunday, ZoneOffset.ofHours(8))).isEqualTo("week-2026-W50");
        // the first days of January can belong to the previous ISO year
        assertThat(Boards.week(Instant.parse("2027-01-01T12:00:00Z"), ZoneOffset.UTC))
                .isEqualTo("week-2026-W53");
    }

    @Test
    void theApiRanksPagesAndRejectsBadRequests() {
        String game = UUID.randomUUID().toString();
        projector.project(
                List.of(scored(game, "x", 900, null), scored(game, "y", 900, null), scored(game, "z", 100, null)));

        given().get("/api/leaderboards/game-" + game + "?limit=2")
                .then()
                .statusCode(200)
                .body("entrants", equalTo(3))
                .body("rows.rank", equalTo(List.of(1, 1)));
        given().get("/api/leaderboards/game-" + game + "/entrants/guest:z?neighbours=1")
                .then()
                .statusCode(200)
                .body("entrant.rank", equalTo(3))
                .body("above.entrant", equalTo(List.of("guest:y")));
        given().get("/api/leaderboards/game-" + game + "/entrants/guest:nobody")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/leaderboards/no-such-board").then().statusCode(404).contentType("application/problem+json");
        given().get("/api/leaderboards/topic-not-a-topic").then().statusCode(404);
        given().get("/api/leaderboards/global?limit=0").then().statusCode(400).contentType("application/problem+json");
        given().get("/api/leaderboards/global?limit=101").then().statusCode(400);
        given().get("/api/leaderboards/global?offset=-1").then().statusCode(400);
        given().get("/api/leaderboards/global?limit=abc").then().statusCode(404);
        given().get("/api/leaderboards/weekly")
                .then()
                .statusCode(200)
                .body("board", org.hamcrest.Matchers.startsWith("week-"));
        given().get("/api/leaderboards")
                .then()
                .statusCode(200)
                .body("id", org.hamcrest.Matchers.hasItems("global", "teams", "topic-moe"));
    }
}
