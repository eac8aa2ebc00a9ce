package io.quizarena.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quizarena.packaged.Keycloak;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Matchmaking across two nodes of the packaged application sharing the real PostgreSQL and Kafka (in -Pit, after the
 * package): a player who searches on node A meets a player who searches on node B (the queue is in the database), each
 * joins the battle on the node they are on (one of them is relayed to the node that runs it), the battle plays to the
 * end with both sides' scores exact, and the rating moves through the score events on Kafka.
 */
class TwoNodesBattleIT {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final int QUESTIONS = 3;
    /** A short battle: three questions, a second of countdown, a second of reveal, half a second of scores. */
    static final Map<String, String> SHORT_BATTLES = Map.of(
            "ARENA_BATTLE_QUESTIONS", String.valueOf(QUESTIONS),
            "ARENA_BATTLE_GET_READY_SECONDS", "1",
            "ARENA_BATTLE_REVEAL_MILLIS", "1000",
            "ARENA_BATTLE_SCORES_MILLIS", "500",
            "ARENA_BATTLE_GHOST_AFTER_SECONDS", "120");

    private AppNode a;
    private AppNode b;
    private ClusterApi api;
    private ClusterClient adaQueue;
    private ClusterClient bobQueue;
    private ClusterClient ada;
    private ClusterClient bob;

    @BeforeEach
    void startTwoNodes() throws Exception {
        a = AppNode.start("node-a", SHORT_BATTLES);
        b = AppNode.start("node-b", SHORT_BATTLES);
        api = new ClusterApi(Keycloak.token("host"));
    }

    @AfterEach
    void stopNodes() throws Exception {
        for (ClusterClient c : new ClusterClient[] {adaQueue, bobQueue, ada, bob}) {
            if (c != null) {
                c.close();
            }
        }
        a.close();
        b.close();
    }

    /** Searches on a node; returns the queue socket, its first frame (searching, with the guest id) taken. */
    private static ClusterClient seek(AppNode node, String nickname) throws Exception {
        ClusterClient queue = new ClusterClient(nickname + "-queue", null);
        assertThat(queue.connect(node.ws("/ws/matchmaking"))).isTrue();
        queue.send("{\"type\":\"seek\",\"topic\":\"rag\",\"nickname\":\"" + nickname + "\"}");
        assertThat(queue.await("searching", WAIT).path("guestId").asText()).isNotBlank();
        return queue;
    }

    private static String guestId(ClusterClient queue) {
        return queue.all("searching").get(0).path("guestId").asText();
    }

    private static ClusterClient join(AppNode node, String battleId, String nickname, String guestId) throws Exception {
        ClusterClient player = new ClusterClient(nickname, null);
        assertThat(player.connect(node.ws("/ws/battle/" + battleId))).isTrue();
        player.send("{\"type\":\"join\",\"nickname\":\"" + nickname + "\",\"guestId\":\"" + guestId + "\"}");
        player.await("battle_welcome", WAIT);
        return player;
    }

    private static String answer(int question, String choiceId) {
        return "{\"type\":\"answer\",\"questionIndex\":" + question + ",\"choiceIds\":[\"" + choiceId + "\"]}";
    }

    private static String wrongChoice(JsonNode question, String key) {
        for (JsonNode choice : question.path("question").path("choices")) {
            if (!choice.path("id").asText().equals(key)) {
                return choice.path("id").asText();
            }
        }
        throw new AssertionError("a question with one choice");
    }

    @Test
    void playersQueuedOnDifferentNodesMeetAndPlayTheBattleToTheEnd() throws Exception {
        adaQueue = seek(a, "Ada");
        bobQueue = seek(b, "Bob");
        String battleId = adaQueue.await("matched", WAIT).path("battleId").asText();
        assertThat(bobQueue.await("matched", WAIT).path("battleId").asText()).isEqualTo(battleId);

        // the battle runs on one node: whoever is on the other one is relayed to it
        ada = join(a, battleId, "Ada", guestId(adaQueue));
        bob = join(b, battleId, "Bob", guestId(bobQueue));

        int adaPoints = 0;
        for (int q = 0; q < QUESTIONS; q++) {
            JsonNode question = ada.await("question", WAIT);
            assertThat(question.path("questionIndex").asInt()).isEqualTo(q);
            assertThat(bob.await("question", WAIT).path("questionIndex").asInt())
                    .isEqualTo(q);
            String key =
                    api.correctChoice(a, question.path("question").path("id").asText());
            bob.send(answer(q, wrongChoice(question, key)));
            bob.await("answer_ack", WAIT);
            assertThat(ada.await("opponent_answered", WAIT)
                            .path("questionIndex")
                            .asInt())
                    .isEqualTo(q);
            ada.send(answer(q, key));
            ada.await("answer_ack", WAIT);
            int points = ada.await("result", WAIT).path("points").asInt();
            assertThat(points).as("Ada's points for question %d", q).isPositive();
            assertThat(bob.await("result", WAIT).path("points").asInt()).isZero();
            adaPoints += points;
        }

        JsonNode adaOver = ada.await("battle_over", WAIT);
        assertThat(adaOver.path("outcome").asText()).isEqualTo("win");
        assertThat(adaOver.path("you").path("score").asInt()).isEqualTo(adaPoints);
        assertThat(adaOver.path("opponent").path("score").asInt()).isZero();
        JsonNode bobOver = bob.await("battle_over", WAIT);
        assertThat(bobOver.path("outcome").asText()).isEqualTo("loss");
        assertThat(bobOver.path("opponent").path("score").asInt()).isEqualTo(adaPoints);

        // the result went out as a BattleFinished event; the rating projector (on either node) moved both ratings
        JsonNode adaRated = ada.await("rating_changed", Duration.ofSeconds(60));
        assertThat(adaRated.path("you").path("after").asInt())
                .isGreaterThan(adaRated.path("you").path("before").asInt());
        JsonNode bobRated = bob.await("rating_changed", Duration.ofSeconds(60));
        assertThat(bobRated.path("you").path("after").asInt())
                .isLessThan(bobRated.path("you").path("before").asInt());

        // both nodes read the same history
        String adaKey =
                "guest:" + guestId(adaQueue).substring(0, guestId(adaQueue).lastIndexOf('.'));
        for (AppNode node : List.of(a, b)) {
            JsonNode history = api.get(node, "/api/battles/players/" + adaKey + "/battles");
            assertThat(history.get(0).path("battleId").asText()).isEqualTo(battleId);
            assertThat(history.get(0).path("score").asInt()).isEqualTo(adaPoints);
            assertThat(history.get(0).path("opponent").asText()).isEqualTo("Bob");
        }
    }
}
