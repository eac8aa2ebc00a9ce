package io.quizarena.game;

import static io.quizarena.game.GameHarness.single;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quizarena.bank.QuestionType;
import io.quizarena.scoring.ScoringMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps docs/asyncapi.yaml true to what the engine sends: a game that makes every frame type is played, and every
 * frame each side received is checked against its message's schema at every depth; every example in the document is
 * checked the same way.
 */
class DocumentedFramesTest {

    private static AsyncApiSchemas doc;

    @BeforeAll
    static void read() throws Exception {
        doc = new AsyncApiSchemas(Path.of("docs/asyncapi.yaml"));
    }

    /** A game in which everything happens at least once, to a player and to the host. */
    private static List<RecordingPeer> playEverything() {
        GameHarness h = new GameHarness(
                List.of(
                        single("q1", 20, "b"),
                        GameHarness.choiceQuestion("q2", QuestionType.MULTI, 20, "a", "c"),
                        GameHarness.ordering("q3", 20, "c", "a", "b"),
                        GameHarness.numeric("q4", 20, 42, 2),
                        GameHarness.typed("q5", 20, "KV cache"),
                        single("q6", 20, "a")),
                new HostPaced(),
                GameHarness.rules(ScoringMode.SPEED, 1, true));
        RecordingPeer host = h.host();
        RecordingPeer ada = h.join("Ada", "red");
        RecordingPeer bob = h.join("Bob");
        RecordingPeer troll = h.join("Troll");
        h.hostSends(host, new HostCommand.Lock());
        h.hostSends(host, new HostCommand.Unlock());
        h.hostSends(host, new HostCommand.SetCap(50));
        h.clock.advance(250);
        h.hostSends(
                host,
                new HostCommand.Kick(troll.last("welcome").path("playerId").asText()));
        h.hostSends(host, PaceCommand.START);
        h.clock.advance(3_000);
        h.choose(ada, 0, "b");
        h.clock.advance(250);
        h.run(() -> h.game.playerMessage(bob, new PlayerCommand.Sync()));
        h.hostSends(host, new HostCommand.Sync());
        h.hostSends(host, PaceCommand.PAUSE);
        h.choose(bob, 0, "z");
        h.hostSends(host, PaceCommand.RESUME);
        h.choose(bob, 0, "a");
        h.hostSends(host, PaceCommand.NEXT); // standings
        h.run(() -> h.game.playerMessage(bob, new PlayerCommand.Sync()));
        h.hostSends(host, PaceCommand.NEXT);
        h.clock.advance(3_000);
        h.choose(ada, 1, "a", "c");
        h.choose(bob, 1, "a", "b");
        h.hostSends(host, PaceCommand.NEXT);
        h.hostSends(host, PaceCommand.NEXT);
        h.clock.advance(3_000);
        h.answer(ada, 2, new Submission(null, null, List.of("c", "a", "b"), null));
        h.answer(bob, 2, new Submission(null, null, List.of("a", "b", "c"), null));
        h.hostSends(host, PaceCommand.NEXT);
        h.hostSends(host, PaceCommand.NEXT);
        h.clock.advance(3_000);
        h.answer(ada, 3, new Submission(null, java.math.BigDecimal.valueOf(43), null, null));
        h.answer(bob, 3, new Submission(null, java.math.BigDecimal.valueOf(10), null, null));
        h.hostSends(host, PaceCommand.NEXT);
        h.hostSends(host, PaceCommand.NEXT);
        h.clock.advance(3_000);
        h.answer(ada, 4, new Submission(null, null, null, "kv cache"));
        RecordingPeer late = h.resume(bob);
        h.clock.advance(20_000);
        h.hostSends(host, PaceCommand.NEXT);
        h.hostSends(host, PaceCommand.NEXT);
        h.hostSends(host, PaceCommand.SKIP);
        h.hostSends(host, PaceCommand.END);
        h.run(() -> h.game.playerMessage(late, new PlayerCommand.Sync()));
        h.hostSends(host, PaceCommand.NEXT); // closes the room
        // a second room moves to another node: its host and players are told to reconnect
        GameHarness moving = new GameHarness(
                List.of(single("q1", 20, "b")), new HostPaced(), GameHarness.rules(ScoringMode.SPEED, 1, true));
        RecordingPeer movingHost = moving.host();
        RecordingPeer cy = moving.join("Cy");
        moving.run(() -> moving.game.drain(snapshot -> {}));
        moving.run(moving.game::handOff);
        return List.of(host, ada, bob, late, troll, movingHost, cy);
    }

    @Test
    void everyFrameEitherSideReceivesFitsItsSchemaAtEveryDepth() {
        List<RecordingPeer> peers = playEverything();
        Map<String, JsonNode> toPlayers = doc.payloadsOf("playerReceives");
        Map<String, JsonNode> toHost = doc.payloadsOf("hostReceives");
        Set<String> seenByPlayers = new TreeSet<>();
        Set<String> seenByHost = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        for (RecordingPeer peer : peers) {
            boolean isHost = peer.name.equals("host");
            Map<String, JsonNode> documented = isHost ? toHost : toPlayers;
            for (JsonNode frame : peer.frames) {
                String type = frame.path("type").asText();
                (isHost ? seenByHost : seenByPlayers).add(type);
                JsonNode schema = documented.get(type);
                if (schema == null) {
                    problems.add((isHost ? "host" : "player") + " got " + type + ", which its channel does not list");
                } else {
                    problems.addAll(doc.problems(frame, schema, peer.name + ":" + type));
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(seenByPlayers)
                .as("the script makes every frame a player may get")
                .containsAll(toPlayers.keySet());
        assertThat(seenByHost)
                .as("the script makes every frame the host may get")
                .containsAll(toHost.keySet());
    }

    @Test
    void everyExampleInTheDocumentFitsItsOwnSchema() {
        List<String> problems = new ArrayList<>();
        for (var example : doc.examples()) {
            problems.addAll(
                    doc.problems(example.getValue()[1], example.getValue()[0], "example of " + example.getKey()));
        }
        assertThat(problems).isEmpty();
    }
}
