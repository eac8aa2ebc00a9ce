package io.quizarena.battle;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quizarena.game.CloseCodes;
import io.quizarena.room.TestSocket;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** Battles over real sockets: quick battles with exact scores, ratings, forfeits and returns, ghosts, challenges. */
@QuarkusTest
@TestProfile(BattleTestProfile.class)
class BattleSocketTest extends BattleTestSupport {

    private static final int QUESTIONS = 7;

    /** Two players who searched the same topic meet; returns their battle's id. */
    private String meet(Player a, Player b) {
        String battleId = a.queue().await("matched").getString("battleId");
        assertThat(b.queue().await("matched").getString("battleId")).isEqualTo(battleId);
        return battleId;
    }

    /** The next question opens for both after the countdown; returns it as the first player saw it. */
    private JsonObject nextQuestion(TestSocket a, TestSocket b) {
        awaitMovingTime(a, "get_ready");
        b.await("get_ready");
        clock().advance(3_000);
        b.await("question");
        return a.await("question");
    }

    /**
     * Plays a whole battle: at every question the second player answers wrong after 2 s, the first right after 4 s
     * (800 points, 1600 for the last, worth double). Returns the first player's expected total.
     */
    private int playRightAgainstWrong(TestSocket right, TestSocket wrong) {
        int expected = 0;
        for (int q = 0; q < QUESTIONS; q++) {
            JsonObject question = nextQuestion(right, wrong);
            String key = keyOf(question);
            clock().advance(2_000);
            wrong.send(choose(q, wrongOf(question, key)));
            wrong.await("answer_ack");
            assertThat(right.await("opponent_answered").getInteger("questionIndex"))
                    .isEqualTo(q);
            clock().advance(2_000);
            right.send(choose(q, key));
            right.await("answer_ack");
            int points = q == QUESTIONS - 1 ? 1600 : 800; // speed scoring: base * (1 - (4 s / 10 s) / 2)
            expected += points;
            right.await("reveal");
            JsonObject result = right.await("result");
            assertThat(result.getInteger("points")).isEqualTo(points);
            assertThat(wrong.await("result").getInteger("points")).isZero();
            clock().advance(3_000); // the reveal stays up, then both scores
            if (q < QUESTIONS - 1) {
                JsonObject standings = wrong.await("standings");
                assertThat(standings.getJsonArray("top")).hasSize(2);
                clock().advance(2_000);
            }
        }
        return expected;
    }

    @Test
    void aQuickBattleScoresBothSidesExactlyRatesThemAndListsItInTheirHistories() {
        Player ada = seek("Ada", "moe");
        Player bob = seek("Bob", "moe");
        String battleId = meet(ada, bob);
        TestSocket a = join(battleId, ada);
        TestSocket b = join(battleId, bob);

        int expected = playRightAgainstWrong(a, b);

        JsonObject over = a.await("battle_over");
        assertThat(over.getString("outcome")).isEqualTo("win");
        assertThat(over.getJsonObject("you").getInteger("score"))
                .isEqualTo(expected)
                .isEqualTo(6400);
        assertThat(over.getJsonObject("opponent").getInteger("score")).isZero();
        JsonArray review = over.getJsonArray("review");
        assertThat(review).hasSize(QUESTIONS);
        JsonObject first = review.getJsonObject(0);
        assertThat(first.getJsonObject("question").getJsonObject("explanation").getString("en"))
                .isNotBlank();
        assertThat(first.getJsonObject("you").getBoolean("correct")).isTrue();
        assertThat(first.getJsonObject("opponent").getBoolean("correct")).isFalse();
        assertThat(b.await("battle_over").getString("outcome")).isEqualTo("loss");

        JsonObject rated = advanceUntil(a, "rating_changed");
        TestSocket reloaded = join(battleId, ada); // the result screen reloaded: the result and the ratings again
        assertThat(reloaded.await("battle_over").getString("outcome")).isEqualTo("win");
        assertThat(reloaded.await("rating_changed").encode()).isEqualTo(rated.encode());
        assertThat(rated.getJsonObject("you").getInteger("before")).isEqualTo(1500);
        assertThat(rated.getJsonObject("you").getInteger("after")).isGreaterThan(1500);
        assertThat(rated.getJsonObject("opponent").getInteger("after")).isLessThan(1500);
        assertThat(rated.getJsonObject("you").getBoolean("provisional")).isTrue();

        String adaKey = "guest:" + ada.guestId().substring(0, ada.guestId().lastIndexOf('.'));
        given().get("/api/battles/players/" + adaKey + "/battles")
                .then()
                .statusCode(200)
                .body("[0].battleId", equalTo(battleId))
                .body("[0].opponent", equalTo("Bob"))
                .body("[0].score", equalTo(6400))
                .body("[0].outcome", equalTo("WIN"))
                .body("[0].ratingBefore", equalTo(1500));
        List<String> provisional = given().get("/api/battles/ratings/topic-moe")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("provisional.playerKey");
        assertThat(provisional).contains(adaKey);
        assertDocumented(List.of(a, b));
        given().get("/api/battles/ratings/topic-moe")
                .then()
                .body("ranked.playerKey", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(adaKey)));
    }

    @Test
    void aPlayerWhoComesBackInTimeKeepsTheBattleAndOneWhoDoesNotForfeits() {
        Player cy = seek("Cy", "rag");
        Player dee = seek("Dee", "rag");
        String battleId = meet(cy, dee);
        TestSocket c = join(battleId, cy);
        TestSocket d = join(battleId, dee);
        nextQuestion(c, d);
        d.close();
        assertThat(c.await("opponent_left").getInteger("returnWithinSeconds")).isEqualTo(10);
        clock().advance(5_000);
        TestSocket back = join(battleId, dee);
        JsonObject snapshot = new JsonObject(back.frames().stream()
                .filter(f -> f.contains("\"type\":\"welcome\""))
                .findFirst()
                .orElseThrow());
        assertThat(snapshot.getJsonObject("current").getString("type")).isEqualTo("question");
        c.await("opponent_back");
        clock().advance(20_000); // the question's deadline, its reveal and scores
        back.close();
        c.await("opponent_left");
        JsonObject over = advanceUntil(c, "battle_over");
        assertThat(over.getString("outcome")).isEqualTo("win");
        assertThat(over.getJsonObject("opponent").getBoolean("forfeited")).isTrue();
        JsonObject rated = advanceUntil(c, "rating_changed");
        assertThat(rated.getJsonObject("you").getInteger("after")).isGreaterThan(1500);
    }

    @Test
    void aFinishedRunIsReplayedAsAGhostForSomeoneNobodyMet() {
        Player eve = seek("Eve", "agents");
        Player fay = seek("Fay", "agents");
        String battleId = meet(eve, fay);
        TestSocket e = join(battleId, eve);
        TestSocket f = join(battleId, fay);
        int eveScore = playRightAgainstWrong(e, f);
        e.await("battle_over");
        advanceUntil(e, "rating_changed");

        Player gus = seek("Gus", "agents");
        JsonObject matched = gus.queue().await("matched"); // after a second of searching alone
        assertThat(matched.getString("kind")).isEqualTo("ghost");
        assertThat(matched.getJsonObject("opponent").getBoolean("ghost")).isTrue();
        String ghostOf = matched.getJsonObject("opponent").getString("nickname");
        TestSocket g = join(matched.getString("battleId"), gus);
        for (int q = 0; q < QUESTIONS; q++) {
            nextQuestionAlone(g);
            // Gus does not answer; the ghost answers as its run did, after the same time (time moves in small steps
            // so that its answer is taken when it was given), and the question closes at its deadline
            advanceUntil(g, "reveal");
            clock().advance(3_000);
            if (q < QUESTIONS - 1) {
                g.await("standings"); // each step waits for the one before: its timer starts when it happened
                clock().advance(2_000);
            }
        }
        JsonObject over = g.await("battle_over");
        assertThat(over.getJsonObject("opponent").getBoolean("ghost")).isTrue();
        assertThat(over.getJsonObject("opponent").getInteger("score")).isEqualTo(ghostOf.equals("Eve") ? eveScore : 0);
        assertThat(over.getString("outcome")).isEqualTo(ghostOf.equals("Eve") ? "loss" : "draw");
        JsonObject rated = advanceUntil(g, "rating_changed");
        assertThat(rated.getValue("opponent"))
                .as("a ghost's owner is not rated")
                .isNull();
    }

    /**
     * Waits for a frame that a timer sends, moving time in small steps only while it has not come: the room sends the
     * standings before it sets the timer that ends them, so time moved right after the standings arrived can pass
     * before that timer exists, and the timer would then wait for time that nobody moves.
     */
    private void awaitMovingTime(TestSocket socket, String type) {
        org.awaitility.Awaitility.await().atMost(TestSocket.WAIT).until(() -> {
            if (socket.hasPending(type)) {
                return true;
            }
            clock().advance(250);
            return socket.hasPending(type);
        });
        socket.await(type);
    }

    private JsonObject nextQuestionAlone(TestSocket g) {
        g.await("get_ready");
        clock().advance(3_000);
        return g.await("question");
    }

    @Test
    void aChallengeStartsWhenTheFriendJoinsRefusesAThirdAndEndsInARematch() {
        JsonObject challenge = new JsonObject(given().contentType("application/json")
                .body(new JsonObject()
                        .put("topic", "mixed")
                        .put("nickname", "Hana")
                        .encode())
                .post("/api/battles/challenges")
                .then()
                .statusCode(201)
                .extract()
                .asString());
        String code = challenge.getString("code");
        assertThat(code).matches("\\d{6}");
        assertThat(challenge.getString("link")).isEqualTo("/battle/c/" + code);
        String battleId = given().get("/api/battles/challenges/" + code)
                .then()
                .statusCode(200)
                .extract()
                .path("battleId");
        assertThat(battleId).isEqualTo(challenge.getString("battleId"));
        Player hana = new Player("Hana", challenge.getString("guestId"), null);
        TestSocket h = join(battleId, hana);
        TestSocket friend = open("/ws/battle/" + battleId);
        friend.send(new JsonObject().put("type", "join").put("nickname", "Ivo"));
        String ivoGuestId = friend.await("welcome").getString("guestId");
        friend.await("battle_welcome");
        JsonObject whoCame = h.await("battle_welcome").getJsonObject("opponent");
        assertThat(whoCame.getBoolean("joined"))
                .as("the challenger learns who came")
                .isTrue();
        assertThat(whoCame.getString("nickname")).isEqualTo("Ivo");
        TestSocket third = open("/ws/battle/" + battleId);
        third.send(new JsonObject().put("type", "join").put("nickname", "Jon"));
        third.awaitError("battle_full");
        Awaitility.await()
                .untilAsserted(() ->
                        given().get("/api/battles/challenges/" + code).then().statusCode(409));

        playRightAgainstWrong(h, friend);
        h.await("battle_over");
        h.send(new JsonObject().put("type", "rematch"));
        friend.await("rematch_offered");
        friend.send(new JsonObject().put("type", "rematch"));
        String next = h.await("rematch_ready").getString("next");
        assertThat(friend.await("rematch_ready").getString("next")).isEqualTo(next);
        TestSocket again = join(next, hana);
        join(next, new Player("Ivo", ivoGuestId, null));
        again.await("get_ready");
    }

    @Test
    void badInputGetsTypedErrorsAndChangesNothing() {
        Player kim = seek("Kim", "diffusion");
        TestSocket twin = open("/ws/matchmaking");
        twin.send(new JsonObject()
                .put("type", "seek")
                .put("topic", "diffusion")
                .put("nickname", "Kim")
                .put("guestId", kim.guestId()));
        twin.awaitError("already_queued");
        TestSocket lost = open("/ws/matchmaking");
        lost.send(new JsonObject().put("type", "seek").put("topic", "astrology").put("nickname", "Lou"));
        lost.awaitError("invalid_message");
        lost.sendBinary(new byte[] {1});
        lost.awaitError("binary_frame");

        Player lee = seek("Lee", "diffusion");
        String battleId = meet(kim, lee);
        TestSocket stranger = open("/ws/battle/" + battleId);
        stranger.send(new JsonObject().put("type", "join").put("nickname", "Mallory"));
        stranger.awaitError("not_your_battle");
        TestSocket k = join(battleId, kim);
        TestSocket l = join(battleId, lee);
        JsonObject question = nextQuestion(k, l);
        String key = keyOf(question);
        k.send(choose(1, key));
        k.awaitError("not_open");
        k.send(choose(0, key));
        k.await("answer_ack");
        k.send(choose(0, key));
        k.awaitError("already_answered");
        k.send(new JsonObject().put("type", "resume").put("resumeToken", "x"));
        k.awaitError("not_allowed");
        l.send(choose(0, wrongOf(question, key)));
        assertThat(l.await("result").getInteger("points")).isZero();
        assertThat(k.await("result").getInteger("points")).isEqualTo(1000);

        TestSocket nowhere = open("/ws/battle/b-no-such-battle");
        assertThat(nowhere.awaitClose()).isEqualTo(CloseCodes.UNKNOWN_ROOM);
        given().get("/api/battles/challenges/000000").then().statusCode(404);
        given().contentType("application/json")
                .body("{\"topic\":\"astrology\",\"nickname\":\"Nia\"}")
                .post("/api/battles/challenges")
                .then()
                .statusCode(400);
        given().get("/api/battles/ratings/topic-astrology").then().statusCode(404);
    }

    /** Every frame the sockets got fits its message in docs/asyncapi.yaml (channel battle), at every depth. */
    private static void assertDocumented(List<TestSocket> players) {
        try {
            io.quizarena.game.AsyncApiSchemas doc =
                    new io.quizarena.game.AsyncApiSchemas(java.nio.file.Path.of("docs/asyncapi.yaml"));
            var documented = doc.payloadsOf("battlerReceives");
            var json = new com.fasterxml.jackson.databind.ObjectMapper();
            List<String> problems = new java.util.ArrayList<>();
            for (TestSocket socket : players) {
                for (String frame : socket.frames()) {
                    var node = json.readTree(frame);
                    var schema = documented.get(node.path("type").asText());
                    if (schema == null) {
                        problems.add(node.path("type").asText() + " is not in the battle channel");
                    } else {
                        problems.addAll(
                                doc.problems(node, schema, node.path("type").asText()));
                    }
                }
            }
            assertThat(problems).isEmpty();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
