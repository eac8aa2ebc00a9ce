package io.quizarena.game;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizarena.bank.BankDocument.Accepted;
import io.quizarena.bank.BankDocument.Choice;
import io.quizarena.bank.BankDocument.Item;
import io.quizarena.bank.BankDocument.QuestionDocument;
import io.quizarena.bank.LocalizedText;
import io.quizarena.bank.QuestionType;
import io.quizarena.scoring.ScoringMode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A game built with {@code new}, no Quarkus: virtual time, peers that record what they get, a sink that keeps the
 * records, counting ids, and a mailbox that runs commands inline, one at a time (a command a command submits runs when
 * the first is done, as on the real mailbox).
 */
final class GameHarness {

    static final String HOST_TOKEN = "host-token";
    /** The owner's screen pass for the harness's games (room/ScreenPasses makes the real one). */
    static final String SCREEN_PASS = "sp_screen-pass";

    static final GameTimings TIMINGS = new GameTimings(3_000, 250, 600_000, 5_000, 600_000, 600_000);

    final VirtualClock clock = new VirtualClock();
    final List<GameRecord> saved = new ArrayList<>();
    final List<Throwable> failures = new ArrayList<>();
    /** The snapshots the game took, oldest first (kept only when {@link #keepSnapshots}). */
    final List<GameSnapshot> snapshots = new ArrayList<>();

    final Game game;
    /** When set, the sink fails every save with this. */
    RuntimeException saveFailure;

    private int ids;
    private static final java.util.concurrent.atomic.AtomicInteger TOKENS =
            new java.util.concurrent.atomic.AtomicInteger();

    GameHarness(List<QuestionDocument> questions, Pacing pacing, GameRules rules) {
        this(questions, pacing, rules, TIMINGS, HOST_TOKEN, new Presentation(1, true, true));
    }

    GameHarness(
            List<QuestionDocument> questions,
            Pacing pacing,
            GameRules rules,
            GameTimings timings,
            String hostToken,
            Presentation presentation) {
        this(questions, pacing, rules, timings, hostToken, presentation, false, null);
    }

    /**
     * @param keepSnapshots whether the sink keeps snapshots (the game takes none otherwise)
     * @param restoreFrom a snapshot to carry the game on from, as another node would; null for a new game
     */
    GameHarness(
            List<QuestionDocument> questions,
            Pacing pacing,
            GameRules rules,
            GameTimings timings,
            String hostToken,
            Presentation presentation,
            boolean keepSnapshots,
            GameSnapshot restoreFrom) {
        List<PlayQuestion> played = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            QuestionDocument q = questions.get(i);
            played.add(new PlayQuestion(q, q.timeLimitSeconds(), rules.points(), presentation, i));
        }
        GameSetup setup = new GameSetup(
                        "123456",
                        "quiz-1",
                        new LocalizedText("测验", "Quiz"),
                        "host",
                        TokenHash.of(hostToken),
                        rules,
                        played,
                        "http://localhost/join?pin=123456",
                        timings)
                .withScreenPass(TokenHash.of(SCREEN_PASS));
        Mailbox mailbox = new Mailbox(Runnable::run, "test", (name, e) -> failures.add(e));
        GameSink sink = new GameSink() {
            @Override
            public CompletableFuture<Void> save(GameRecord record) {
                if (saveFailure != null) {
                    return CompletableFuture.failedFuture(saveFailure);
                }
                saved.add(record);
                return CompletableFuture.completedFuture(null);
            }

            @Override
            public void snapshot(GameSnapshot snapshot) {
                snapshots.add(snapshot);
            }

            @Override
            public boolean takesSnapshots() {
                return keepSnapshots;
            }
        };
        var deps = new Game.Deps(clock, mailbox, sink, new CountingIds(), nicknames(), g -> {});
        game = restoreFrom == null ? new Game(setup, pacing, deps) : Game.restore(setup, pacing, deps, restoreFrom);
    }

    static GameRules teamRules(String... teams) {
        return new GameRules(ScoringMode.ACCURACY, false, 1000, 1, false, true, 100_000, false, List.of(teams));
    }

    static GameRules rules(ScoringMode scoring, int standingsEvery, boolean closeEarly) {
        return new GameRules(scoring, true, 1000, standingsEvery, false, closeEarly, 100_000, false);
    }

    private static NicknamePolicy nicknamePolicy;

    static synchronized NicknamePolicy nicknames() {
        if (nicknamePolicy == null) {
            nicknamePolicy = new NicknamePolicy(List.of());
        }
        return nicknamePolicy;
    }

    /** Ids that count up, and guest ids that are valid when they start with "g_". */
    private final class CountingIds implements GameIds {
        @Override
        public String gameId() {
            return "game-" + (++ids);
        }

        @Override
        public String token() {
            return "token-" + TOKENS.incrementAndGet(); // unique across harnesses, as random tokens are
        }

        @Override
        public String issueGuestId() {
            return "g_" + (++ids) + ".sig";
        }

        @Override
        public boolean isGuestId(String guestId) {
            return guestId != null && guestId.startsWith("g_");
        }
    }

    // ---- acting on the game, always through its mailbox

    void run(Runnable command) {
        game.submit(command);
    }

    RecordingPeer host() {
        RecordingPeer host = new RecordingPeer("host", "host");
        run(() -> game.hostMessage(host, new HostCommand.Hello(HOST_TOKEN)));
        assertThat(host.has("host_welcome")).isTrue();
        return host;
    }

    RecordingPeer join(String nickname) {
        return join(nickname, null);
    }

    RecordingPeer join(String nickname, String team) {
        RecordingPeer peer = new RecordingPeer(nickname);
        run(() -> game.playerMessage(peer, new PlayerCommand.Join(nickname, null, team)));
        return peer;
    }

    /** A new connection resuming the player whose welcome {@code old} got. */
    RecordingPeer resume(RecordingPeer old) {
        RecordingPeer peer = new RecordingPeer(old.name + "'");
        String token = old.last("welcome").path("resumeToken").asText();
        run(() -> game.playerMessage(peer, new PlayerCommand.Resume(token)));
        return peer;
    }

    void leave(RecordingPeer player) {
        run(() -> game.playerLeft(player));
    }

    void hostLeaves(RecordingPeer host) {
        run(() -> game.hostLeft(host));
    }

    void hostSends(RecordingPeer host, PaceCommand command) {
        run(() -> game.hostMessage(host, new HostCommand.Pace(command)));
    }

    void hostSends(RecordingPeer host, HostCommand command) {
        run(() -> game.hostMessage(host, command));
    }

    void choose(RecordingPeer player, int questionIndex, String... choiceIds) {
        answer(player, questionIndex, new Submission(List.of(choiceIds), null, null, null));
    }

    void answer(RecordingPeer player, int questionIndex, Submission submission) {
        run(() -> game.playerMessage(player, new PlayerCommand.Answer(questionIndex, submission)));
    }

    /** The player's last error code, or null. */
    static String lastError(RecordingPeer peer) {
        var error = peer.last("error");
        return error == null ? null : error.path("code").asText();
    }

    // ---- questions

    static LocalizedText text(String en) {
        return new LocalizedText("题：" + en, en);
    }

    /** A single-choice (or multi) question over choices a, b, c, d, of which {@code correct} are right. */
    static QuestionDocument choiceQuestion(String id, QuestionType type, int limitSeconds, String... correct) {
        List<Choice> choices = new ArrayList<>();
        for (String c : List.of("a", "b", "c", "d")) {
            choices.add(new Choice(c, text("Choice " + c), List.of(correct).contains(c)));
        }
        return question(id, type, limitSeconds, choices, null, null);
    }

    static QuestionDocument single(String id, int limitSeconds, String correct) {
        return choiceQuestion(id, QuestionType.SINGLE, limitSeconds, correct);
    }

    /** An ordering question whose items, stored in the answer's order, are {@code order}. */
    static QuestionDocument ordering(String id, int limitSeconds, String... order) {
        List<Item> items = new ArrayList<>();
        for (String i : order) {
            items.add(new Item(i, text("Step " + i)));
        }
        return question(id, QuestionType.ORDERING, limitSeconds, null, items, null);
    }

    static QuestionDocument numeric(String id, int limitSeconds, int answer, int tolerance) {
        return new QuestionDocument(
                id,
                "moe",
                1,
                QuestionType.NUMERIC,
                text("Numeric " + id),
                null,
                BigDecimal.valueOf(answer),
                BigDecimal.valueOf(tolerance),
                BigDecimal.ZERO,
                BigDecimal.valueOf(100),
                BigDecimal.ONE,
                text("units"),
                null,
                null,
                text("Explained."),
                limitSeconds,
                null);
    }

    static QuestionDocument typed(String id, int limitSeconds, String accepted) {
        return question(
                id, QuestionType.TYPED, limitSeconds, null, null, new Accepted(List.of(accepted), List.of(accepted)));
    }

    private static QuestionDocument question(
            String id, QuestionType type, int limitSeconds, List<Choice> choices, List<Item> items, Accepted accepted) {
        return new QuestionDocument(
                id,
                "moe",
                1,
                type,
                text("Question " + id),
                choices,
                null,
                null,
                null,
                null,
                null,
                null,
                items,
                accepted,
                text("Explained."),
                limitSeconds,
                null);
    }
}
