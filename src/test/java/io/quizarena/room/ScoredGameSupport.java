package io.quizarena.room;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;

/** Plays a short real game over the sockets and reads what it left in the outbox and on the boards. */
abstract class ScoredGameSupport extends RoomTestSupport {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    io.micrometer.core.instrument.MeterRegistry metrics;

    /** Events the leaderboard consumer received again and recognised (this application run). */
    double duplicatesRecognised() {
        return metrics.counter("arena.leaderboard.events.duplicates").count();
    }

    /** A saved game: its id and, per player key, the nickname, team and final score the room announced. */
    record PlayedGame(String gameId, Map<String, PlayerOutcome> players) {}

    /** @param guestId the whole guest id the player's browser keeps; @param finalGameId the game its final frame named */
    record PlayerOutcome(String nickname, String team, int score, int correct, String guestId, String finalGameId) {}

    /**
     * Three players (teams {@code Red<tag>}, {@code red<tag>} and {@code Blue<tag>}: the first two are one team) play two questions
     * of topic moe: the first answers both right, the second only the first, the third neither.
     */
    PlayedGame playShortGame() {
        return playShortGame(() -> {});
    }

    /** The same, running {@code betweenQuestions} after the first question's reveal. */
    PlayedGame playShortGame(Runnable betweenQuestions) {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        JsonObject room = openRoom(
                quizOf(List.of(choiceQuestion("single", 20, "b"), choiceQuestion("true_false", 20, "true"))), Map.of());
        String pin = room.getString("pin");
        TestSocket host = host(room);
        String[] teams = {"Red" + tag, "red" + tag, "Blue" + tag}; // a game's own teams: the teams board keeps means
        List<TestSocket> players = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        List<String> guestIds = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            TestSocket p = track(TestSocket.open(vertx, "/ws/play/" + pin));
            p.send(new JsonObject()
                    .put("type", "join")
                    .put("nickname", "sg" + tag + "-" + i)
                    .put("team", teams[i]));
            String guestId = p.await("welcome").getString("guestId");
            keys.add("guest:" + guestId.substring(0, guestId.lastIndexOf('.')));
            guestIds.add(guestId);
            players.add(p);
        }
        String[][] answers = {{"b", "true"}, {"b", "false"}, {"a", "false"}};
        for (int q = 0; q < 2; q++) {
            if (q == 0) {
                openNextQuestion(host, "start", players);
            } else {
                betweenQuestions.run();
                host.send(command("next"));
                openNextQuestion(host, "next", players);
            }
            clock().advance(1_000);
            for (int i = 0; i < 3; i++) {
                players.get(i).send(choices(q, answers[i][q]));
                players.get(i).await("answer_ack");
            }
            host.await("reveal");
        }
        host.send(command("next"));
        host.await("podium");
        Map<String, PlayerOutcome> outcomes = new LinkedHashMap<>();
        for (int i = 0; i < 3; i++) {
            JsonObject fin = players.get(i).await("final");
            int correct = i == 0 ? 2 : i == 1 ? 1 : 0;
            outcomes.put(
                    keys.get(i),
                    new PlayerOutcome(
                            "sg" + tag + "-" + i,
                            teams[i],
                            fin.getInteger("score"),
                            correct,
                            guestIds.get(i),
                            fin.getString("gameId")));
        }
        String gameId = host.await("game_saved").getString("gameId");
        assertThat(outcomes.values()).extracting(PlayerOutcome::score).allMatch(s -> s >= 0);
        return new PlayedGame(gameId, outcomes);
    }

    /** Waits until the game's board shows every player with their final score. */
    void awaitGameBoard(PlayedGame game) {
        Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(60))
                .untilAsserted(() -> given().get("/api/leaderboards/game-" + game.gameId() + "?limit=10")
                        .then()
                        .statusCode(200)
                        .body(
                                "entrants",
                                org.hamcrest.Matchers.equalTo(game.players().size())));
    }

    long globalPoints(String playerKey) {
        var response = given().get("/api/leaderboards/global/entrants/" + playerKey + "?neighbours=0");
        return response.statusCode() == 404 ? 0 : response.jsonPath().getLong("entrant.points");
    }

    long teamPoints(String team) {
        var response = given().get("/api/leaderboards/teams/entrants/" + team.toLowerCase() + "?neighbours=0");
        return response.statusCode() == 404 ? 0 : response.jsonPath().getLong("entrant.points");
    }

    /** Outbox rows of the game: total and still pending. */
    int[] outboxRows(String gameId) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "select count(*), count(*) - count(sent_at) from outbox_event" + " where payload like ?")) {
            s.setString(1, "%\"gameId\":\"" + gameId + "\"%");
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return new int[] {r.getInt(1), r.getInt(2)};
            }
        }
    }

    /** Marks the game's outbox rows unsent again, as if every acknowledgement had been lost. */
    int republish(String gameId) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement("update outbox_event set sent_at = null where payload like ?")) {
            s.setString(1, "%\"gameId\":\"" + gameId + "\"%");
            return s.executeUpdate();
        }
    }
}
