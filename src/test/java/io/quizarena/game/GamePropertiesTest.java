package io.quizarena.game;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quizarena.bank.BankDocument.QuestionDocument;
import io.quizarena.bank.QuestionType;
import io.quizarena.scoring.ScoringMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Random games: joins, leaves, resumes, answers (good, late, doubled, for the wrong question), host commands, host
 * drops and timer fires, in random order. After every step the rules that must always hold are checked. The seed of
 * each run is in the failure message; rerun one with {@code -Dgame.seed=<seed>}.
 */
class GamePropertiesTest {

    private static final int RUNS = Integer.getInteger("game.runs", 100);
    private static final int STEPS = 400;
    private static final String[] KEYS = {"b", "c", "a"};

    @Test
    void theRulesHoldAfterEveryStepOfRandomGames() {
        Long fixed = Long.getLong("game.seed");
        long base = fixed != null ? fixed : new Random().nextLong();
        int[] covered = new int[4];
        for (int run = 0; run < (fixed != null ? 1 : RUNS); run++) {
            long seed = base + run;
            try {
                RandomGame game = new RandomGame(seed);
                game.play();
                covered[0] += game.acked.size();
                covered[1] += game.revealed.size();
                covered[2] += game.pauses.size();
                covered[3] += game.watcher.has("podium") ? 1 : 0;
            } catch (AssertionError e) {
                throw new AssertionError(
                        "random game with seed " + seed + " (-Dgame.seed=" + seed + "): " + e.getMessage(), e);
            }
        }
        System.out.printf(
                "random games from seed %d: %d accepted answers, %d reveals, %d pauses, %d podiums%n",
                base, covered[0], covered[1], covered[2], covered[3]);
        if (fixed == null) {
            // the runs must reach the states the rules are about, or they prove little
            assertThat(covered[0]).as("accepted answers").isGreaterThan(RUNS * 5);
            assertThat(covered[1]).as("reveals").isGreaterThan(RUNS);
            assertThat(covered[2]).as("pauses").isGreaterThan(RUNS / 4);
        }
    }

    /** One random game and the bookkeeping the checks need, kept independently of the engine. */
    private static final class RandomGame {

        private final Random random;
        private final GameHarness h;
        private final RecordingPeer watcher; // joins first, never leaves: sees every broadcast
        private RecordingPeer host;
        private final List<RecordingPeer> peers = new ArrayList<>();
        private final Map<RecordingPeer, String> playerOf = new HashMap<>();
        private final Map<RecordingPeer, Integer> seen = new HashMap<>();
        /** Per player and question: when the question first reached them. */
        private final Map<String, Long> firstSight = new HashMap<>();

        private final List<long[]> pauses = new ArrayList<>(); // [from, to or -1]
        private final Set<String> acked = new HashSet<>();
        private final Set<Integer> revealed = new HashSet<>();
        private final Map<RecordingPeer, Long> lastVersion = new HashMap<>();
        private final Map<String, Integer> limits = new HashMap<>();
        private int nicknames;

        RandomGame(long seed) {
            random = new Random(seed);
            List<QuestionDocument> questions = new ArrayList<>();
            for (int q = 0; q < KEYS.length; q++) {
                int limit = 10 + 5 * q;
                limits.put("q" + q, limit * 1000);
                questions.add(GameHarness.choiceQuestion(
                        "q" + q, q == 1 ? QuestionType.MULTI : QuestionType.SINGLE, limit, KEYS[q]));
            }
            questions.add(GameHarness.ordering("q3", 20, "c", "a", "b"));
            limits.put("q3", 20_000);
            h = new GameHarness(
                    questions,
                    new HostPaced(),
                    GameHarness.rules(
                            random.nextBoolean() ? ScoringMode.SPEED : ScoringMode.ACCURACY, 2, random.nextBoolean()),
                    GameHarness.TIMINGS,
                    GameHarness.HOST_TOKEN,
                    new Presentation(seed, true, true));
            host = h.host();
            watcher = h.join("watcher");
            track(watcher);
        }

        void play() {
            for (int step = 0; step < STEPS; step++) {
                Map<String, Integer> scoresBefore = scores();
                int revealsBefore = count(watcher, "reveal");
                act();
                observe();
                check(scoresBefore, revealsBefore, step);
            }
            assertThat(h.failures).as("commands that threw").isEmpty();
        }

        private void act() {
            int dice = random.nextInt(100);
            // anyone but the watcher, who must see every broadcast
            RecordingPeer someone = peers.size() < 2 ? null : peers.get(1 + random.nextInt(peers.size() - 1));
            if (dice < 10) {
                track(h.join("p" + (nicknames++)));
            } else if (dice < 16 && someone != null) {
                h.leave(someone);
            } else if (dice < 22 && someone != null && someone.has("welcome")) {
                RecordingPeer back = h.resume(someone);
                if (back.has("welcome")) {
                    track(back);
                }
            } else if (dice < 55 && someone != null) {
                answer(random.nextInt(5) == 0 ? watcher : someone);
            } else if (dice < 75) {
                // mostly next and start; pauses and skips now and then; an early end rarely, so games run long
                int pick = random.nextInt(1000);
                PaceCommand command = pick < 600
                        ? PaceCommand.NEXT
                        : pick < 750
                                ? PaceCommand.START
                                : pick < 860
                                        ? PaceCommand.PAUSE
                                        : pick < 985
                                                ? PaceCommand.RESUME
                                                : pick < 997 ? PaceCommand.SKIP : PaceCommand.END;
                h.hostSends(host, command);
            } else if (dice < 78 && someone != null) {
                String id = someone.has("welcome")
                        ? someone.last("welcome").path("playerId").asText()
                        : "nobody";
                h.hostSends(host, new HostCommand.Kick(id));
            } else if (dice < 81) {
                h.hostLeaves(host);
                if (random.nextBoolean()) {
                    host = h.host();
                }
            } else if (dice < 83) {
                host = h.host();
            } else {
                h.clock.advance(random.nextInt(8_000));
            }
        }

        private void answer(RecordingPeer peer) {
            JsonNode question = watcher.last("question");
            int index =
                    question == null ? 0 : question.path("questionIndex").asInt() + (random.nextInt(8) == 0 ? 1 : 0);
            if (question != null
                    && question.path("question").path("type").asText().equals("ordering")) {
                List<String> order = new ArrayList<>(List.of("a", "b", "c"));
                java.util.Collections.shuffle(order, random);
                h.answer(peer, index, new Submission(null, null, order, null));
            } else {
                h.choose(peer, index, new String[] {"a", "b", "c", "d"}[random.nextInt(4)]);
            }
        }

        private void track(RecordingPeer peer) {
            peers.add(peer);
            seen.put(peer, 0);
        }

        private RecordingPeer any() {
            return peers.get(random.nextInt(peers.size()));
        }

        /** Reads what arrived since the last step: welcomes, question sightings, pauses, acks. */
        private void observe() {
            List<RecordingPeer> all = new ArrayList<>(peers);
            all.add(host);
            // every frame that arrived since the last step, in the order the game sent them
            List<Object[]> arrived = new ArrayList<>();
            for (RecordingPeer peer : all) {
                for (int i = seen.getOrDefault(peer, 0); i < peer.frames.size(); i++) {
                    arrived.add(new Object[] {peer.sequence.get(i), peer, peer.frames.get(i)});
                }
                seen.put(peer, peer.frames.size());
            }
            arrived.sort(java.util.Comparator.comparingLong(a -> (Long) a[0]));
            for (Object[] a : arrived) {
                observe((RecordingPeer) a[1], (JsonNode) a[2]);
            }
        }

        private void observe(RecordingPeer peer, JsonNode f) {
            String type = f.path("type").asText();
            if (type.equals("welcome")) {
                playerOf.put(peer, f.path("playerId").asText());
                JsonNode current = f.path("current");
                if (current.path("type").asText().equals("question")) {
                    sight(peer, current.path("questionIndex").asInt());
                }
            }
            if (type.equals("question") && peer != host) {
                sight(peer, f.path("questionIndex").asInt());
            }
            if (peer == watcher && type.equals("paused")) {
                pauses.add(new long[] {h.clock.now(), -1});
            }
            if (peer == watcher && (type.equals("resumed") || type.equals("podium")) && !pauses.isEmpty()) {
                long[] last = pauses.get(pauses.size() - 1);
                if (last[1] < 0) {
                    last[1] = h.clock.now();
                }
            }
            if (type.equals("answer_ack")) {
                onAck(peer, f.path("questionIndex").asInt());
            }
            checkNoKeyBeforeReveal(peer, f);
            checkVersionGrows(peer, f);
        }

        private void sight(RecordingPeer peer, int index) {
            String player = playerOf.get(peer);
            if (player != null) {
                firstSight.putIfAbsent(player + "/" + index, h.clock.now());
            }
        }

        private void onAck(RecordingPeer peer, int index) {
            String player = playerOf.get(peer);
            assertThat(acked.add(player + "/" + index))
                    .as("%s has one accepted answer to question %d", player, index)
                    .isTrue();
            assertThat(paused())
                    .as("an answer accepted while paused; watcher saw %s", watcher.types())
                    .isFalse();
            Long sight = firstSight.get(player + "/" + index);
            assertThat(sight)
                    .as("%s answered question %d without having seen it", player, index)
                    .isNotNull();
            long active = h.clock.now() - sight - pausedBetween(sight, h.clock.now());
            assertThat(active)
                    .as("%s's answer to question %d came after their deadline", player, index)
                    .isLessThanOrEqualTo(limits.get("q" + index));
        }

        private boolean paused() {
            return !pauses.isEmpty() && pauses.get(pauses.size() - 1)[1] < 0;
        }

        private long pausedBetween(long from, long to) {
            long total = 0;
            for (long[] p : pauses) {
                long end = p[1] < 0 ? to : p[1];
                total += Math.max(0, Math.min(end, to) - Math.max(p[0], from));
            }
            return total;
        }

        /** The answer key is an object {@code correct} (reveal) or a boolean verdict (result): both only after it. */
        private void checkNoKeyBeforeReveal(RecordingPeer peer, JsonNode f) {
            String type = f.path("type").asText();
            if (type.equals("question")) {
                assertThat(f.toString()).doesNotContain("correct");
                JsonNode items = f.path("question").path("items");
                if (items.isArray()) {
                    List<String> shown = new ArrayList<>();
                    items.forEach(i -> shown.add(i.path("id").asText()));
                    assertThat(shown)
                            .as("ordering items shown in the answer's order")
                            .isNotEqualTo(List.of("c", "a", "b"));
                }
            }
            if (type.equals("reveal") && peer == watcher) {
                revealed.add(f.path("questionIndex").asInt());
            }
            if (type.equals("result") || type.equals("reveal")) {
                int index = f.path("questionIndex").asInt();
                assertThat(revealed)
                        .as("a %s for question %d before its reveal", type, index)
                        .contains(index);
            }
            if (type.equals("welcome")
                    && f.path("current").path("type").asText().equals("question")) {
                assertThat(f.path("current").toString()).doesNotContain("correct");
            }
        }

        private void checkVersionGrows(RecordingPeer peer, JsonNode f) {
            if (f.has("version")) {
                long v = f.path("version").asLong();
                assertThat(v).as("version to %s", peer.name).isGreaterThanOrEqualTo(lastVersion.getOrDefault(peer, 0L));
                lastVersion.put(peer, v);
            }
        }

        private Map<String, Integer> scores() {
            Map<String, Integer> out = new HashMap<>();
            for (Player p : h.game.roster.all()) {
                out.put(p.id, p.score());
            }
            return out;
        }

        private static int count(RecordingPeer peer, String type) {
            return (int) peer.frames.stream()
                    .filter(f -> f.path("type").asText().equals(type))
                    .count();
        }

        private void check(Map<String, Integer> scoresBefore, int revealsBefore, int step) {
            boolean revealed = count(watcher, "reveal") > revealsBefore;
            for (Player p : h.game.roster.all()) {
                Integer before = scoresBefore.get(p.id);
                if (before != null && !revealed) {
                    assertThat(p.score())
                            .as("step %d: %s's score changed without a reveal", step, p.id)
                            .isEqualTo(before);
                }
                for (Iterator<Integer> it = p.answers().keySet().iterator(); it.hasNext(); ) {
                    int index = it.next();
                    assertThat(acked)
                            .as("%s has an answer to %d that was never acknowledged", p.id, index)
                            .contains(p.id + "/" + index);
                }
            }
            if (revealed) {
                // ranks agree with scores; equal scores share a rank
                for (Player p : h.game.roster.all()) {
                    long higher = h.game.roster.all().stream()
                            .filter(o -> o.score() > p.score())
                            .count();
                    assertThat(p.rank()).as("step %d: %s's rank", step, p.id).isEqualTo((int) higher + 1);
                }
            }
        }
    }
}
