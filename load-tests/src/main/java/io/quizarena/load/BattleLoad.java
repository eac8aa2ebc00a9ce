package io.quizarena.load;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * The battle scenario: N players enter the matchmaking queue at uniformly random moments over a ramp, each seeks a
 * topic (round robin over the given topics, "mixed" meets anyone), is matched, joins the battle with the guest id the
 * queue issued, and answers every question with a random choice among those shown, at a random moment in the first
 * {@code answer-spread-ms}. Records the matchmaking wait (seek to matched), the join time (matched to welcome), the
 * answer acknowledgement latency, every acknowledged answer by battle, side and question, and the server's CPU; after
 * the battles, compares the acknowledged answers with the rows of {@code battle_answer}.
 *
 * <p>Every wait is bounded: the scenario gives up after ramp + {@code timeout-seconds} and reports what it has.
 */
final class BattleLoad {

    private static final int MAX_QUESTIONS = 64;

    private final BattleOptions o;
    private final Vertx vertx;
    private final WebSocketClient sockets;
    private final ServerProbe server;
    private final HostProbe host;

    // what the clients record (microseconds)
    private final ConcurrentLinkedQueue<Long> searchingMicros = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Long> waitMicros = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Long> quickWaitMicros = new ConcurrentLinkedQueue<>();
    /** Matchmaking waits by the 10-second window of the run in which the player sought. */
    private final Map<Long, ConcurrentLinkedQueue<Long>> waitsByWindow = new ConcurrentHashMap<>();
    private volatile long runStart;
    private final ConcurrentLinkedQueue<Long> joinMicros = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Long> ackMicros = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Long> deliveryMicros = new ConcurrentLinkedQueue<>();
    private final AtomicLong questionsReceived = new AtomicLong();
    private final AtomicLong answersSent = new AtomicLong();
    private final AtomicLong answersAcked = new AtomicLong();
    private final AtomicLong duplicateAcks = new AtomicLong();
    private final AtomicLong ratingsReceived = new AtomicLong();
    private final Set<String> ackedAnswers = ConcurrentHashMap.newKeySet(); // battleId/side/questionIndex
    private final Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> frames = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> matchedKinds = new ConcurrentHashMap<>();
    private final AtomicInteger unexpectedCloses = new AtomicInteger();
    private final AtomicInteger matchedBeforeSearching = new AtomicInteger();
    private final AtomicInteger expired = new AtomicInteger();
    private final Map<String, Seen> battles = new ConcurrentHashMap<>();
    private final AtomicInteger searchingNow = new AtomicInteger();
    private final AtomicInteger peakSearching = new AtomicInteger();
    private final AtomicInteger activeBattles = new AtomicInteger();
    private final AtomicInteger peakActiveBattles = new AtomicInteger();
    private final AtomicInteger completedBattles = new AtomicInteger();
    private final List<JsonObject> timeline = new ArrayList<>();

    private CountDownLatch done; // one per player: the battle is over for them (or they failed)
    private CountDownLatch closed; // one per player: all their sockets are closed

    /** A battle as the clients saw it. */
    private static final class Seen {
        final String kind;
        final AtomicBoolean started = new AtomicBoolean();
        final AtomicBoolean over = new AtomicBoolean();

        Seen(String kind) {
            this.kind = kind;
        }
    }

    /** One simulated player. Its sockets may sit on different event loops, hence the volatile fields. */
    private final class Player {
        final String nickname;
        final String topic;
        final AtomicBoolean finished = new AtomicBoolean();
        final AtomicBoolean gone = new AtomicBoolean();
        final long[] answerSentAt = new long[MAX_QUESTIONS]; // nanoTime, by question index
        volatile WebSocket search;
        volatile WebSocket battle;
        volatile boolean closingSearch;
        volatile boolean closingBattle;
        volatile boolean searched; // searching arrived
        volatile boolean matchPending; // matched arrived before searching
        volatile String guestId;
        volatile String battleId;
        volatile long seekAt;
        volatile long matchedAt;
        volatile int side = -1;

        Player(int index) {
            this.nickname = "bp" + index;
            this.topic = o.topics().get(index % o.topics().size());
        }
    }

    private BattleLoad(BattleOptions options) {
        this.o = options;
        this.vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2));
        this.sockets = vertx.createWebSocketClient(new WebSocketClientOptions()
                .setMaxConnections(1_000_000)
                .setConnectTimeout(30_000)
                .setTryUsePerMessageCompression(false));
        this.server = new ServerProbe(options.serverPid());
        this.host = new HostProbe(options.database());
    }

    static void main(String[] args) throws Exception {
        BattleLoad load = new BattleLoad(BattleOptions.parse(args));
        try {
            load.run();
        } finally {
            load.vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        }
    }

    private void run() throws Exception {
        int n = o.players();
        done = new CountDownLatch(n);
        closed = new CountDownLatch(n);
        int gcSkip = ServerProbe.lines(o.gcLog());
        host.samplePostgres();
        long[] machineStart = HostProbe.machineTicks();
        long selfStart = HostProbe.selfCpuMillis();
        long cpuStart = server.enabled() ? server.cpuMillis() : -1;
        long start = System.nanoTime();
        runStart = start;

        long sampler = vertx.setPeriodic(5_000, id -> sample(start, cpuStart));
        long rampMillis = o.rampSeconds() * 1000L;
        for (int i = 0; i < n; i++) {
            Player p = new Player(i);
            long at = rampMillis == 0 ? 0 : ThreadLocalRandom.current().nextLong(rampMillis);
            vertx.setTimer(1 + at, id -> seek(p));
        }

        boolean allOver = done.await(o.rampSeconds() + o.timeoutSeconds(), TimeUnit.SECONDS);
        double playSeconds = (System.nanoTime() - start) / 1e9;
        boolean allClosed = closed.await(o.ratingWaitSeconds() + 10L, TimeUnit.SECONDS);
        vertx.cancelTimer(sampler);
        List<String> ids = new ArrayList<>(battles.keySet());
        Stored stored = ids.isEmpty() ? new Stored() : stored(ids);
        double totalSeconds = (System.nanoTime() - start) / 1e9;
        long cpuUsed = server.enabled() ? server.cpuMillis() - cpuStart : -1;
        host.samplePostgres();
        long postgresCpu = host.postgresCpuMillis();
        double busy = HostProbe.busyPercent(machineStart, HostProbe.machineTicks());
        long driverCpu = HostProbe.selfCpuMillis() - selfStart;
        double[] gc = ServerProbe.gcPauses(o.gcLog(), gcSkip);

        Set<String> lost = new HashSet<>(ackedAnswers);
        lost.removeAll(stored.answers);
        Set<String> unacked = new HashSet<>(stored.answers);
        unacked.removeAll(ackedAnswers);
        long playerQuestions = questionsReceived.get();
        JsonObject result = new JsonObject()
                .put("scenario", "battle")
                .put("label", o.label())
                .put("target", "app")
                .put("players", n)
                .put("rampSeconds", o.rampSeconds())
                .put("topics", String.join(",", o.topics()))
                .put("answerSpreadMs", o.answerSpreadMillis())
                .put("allOver", allOver)
                .put("playersNotOver", done.getCount())
                .put("allClosed", allClosed)
                .put("searching", Stats.of(searchingMicros))
                .put("matchmakingWait", Stats.of(waitMicros))
                .put("matchmakingWaitQuick", Stats.of(quickWaitMicros))
                .put("matchmakingWaitBySeekWindow", byWindow())
                .put("join", Stats.of(joinMicros))
                .put("questionDelivery", Stats.of(deliveryMicros))
                .put("ack", Stats.of(ackMicros))
                .put("matchedKinds", counts(matchedKinds))
                .put("battlesSeen", ids.size())
                .put("battlesByKindAndStatus", new JsonObject(new java.util.HashMap<>(stored.byKindAndStatus)))
                .put("battlesCompleted", completedBattles.get())
                .put("peakConcurrentBattles", peakActiveBattles.get())
                .put("peakSearching", peakSearching.get())
                .put("outcomes", counts(outcomes))
                .put("expiredPlayers", expired.get())
                .put("matchedBeforeSearching", matchedBeforeSearching.get())
                .put("playerQuestions", playerQuestions)
                .put("answersSent", answersSent.get())
                .put("answersAcked", answersAcked.get())
                .put("duplicateAcks", duplicateAcks.get())
                .put("answersStored", stored.answers.size())
                .put("storedRowsTotal", stored.rows)
                .put("lostAnswers", lost.size())
                .put("storedNotAcked", unacked.size())
                .put("ratingsReceived", ratingsReceived.get())
                .put("errors", counts(errors))
                .put("unexpectedCloses", unexpectedCloses.get())
                .put("frames", frameCounts())
                .put("playSeconds", Math.round(playSeconds * 10) / 10.0)
                .put("measuredSeconds", Math.round(totalSeconds * 10) / 10.0)
                .put("serverCpuMs", cpuUsed)
                .put("serverCpuUsPerPlayerQuestion", cpuUsed < 0 || playerQuestions == 0 ? -1
                        : Math.round(cpuUsed * 10_000.0 / playerQuestions) / 10.0)
                .put("postgresCpuMs", postgresCpu)
                .put("driverCpuMs", driverCpu)
                .put("machineBusyPercent", busy)
                .put("gcPauses", new JsonObject().put("count", (int) gc[0]).put("totalMs", gc[1]).put("maxMs", gc[2]))
                .put("timeline", new JsonArray(new ArrayList<>(timeline)))
                .put("at", Instant.now().toString());
        Files.writeString(Path.of(o.out()), result.encode() + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        System.out.println(result.encodePrettily());
    }

    private void sample(long start, long cpuStart) {
        long cpu = -1;
        try {
            cpu = server.enabled() ? server.cpuMillis() - cpuStart : -1;
        } catch (java.io.IOException e) {
            // the server is gone; the phase timeouts end the run
        }
        host.samplePostgres();
        JsonObject s = new JsonObject()
                .put("s", Math.round((System.nanoTime() - start) / 1e9))
                .put("serverCpuMs", cpu)
                .put("searching", searchingNow.get())
                .put("activeBattles", activeBattles.get())
                .put("completedBattles", completedBattles.get())
                .put("acks", answersAcked.get());
        synchronized (timeline) {
            timeline.add(s);
        }
        System.out.println("t=" + s.getLong("s") + "s " + s.encode());
    }

    // ---- a player

    private void seek(Player p) {
        sockets.connect(options("/ws/matchmaking")).onComplete(c -> {
            if (c.failed()) {
                error("connect:matchmaking");
                finish(p);
                gone(p);
                return;
            }
            WebSocket ws = c.result();
            p.search = ws;
            ws.closeHandler(v -> {
                if (!p.closingSearch) {
                    unexpectedCloses.incrementAndGet();
                    searchingNow.decrementAndGet();
                    finish(p);
                    gone(p);
                }
            });
            ws.textMessageHandler(text -> onSearchFrame(p, new JsonObject(text)));
            p.seekAt = System.nanoTime();
            peakSearching.accumulateAndGet(searchingNow.incrementAndGet(), Math::max);
            ws.writeTextMessage(new JsonObject()
                    .put("type", "seek")
                    .put("topic", p.topic)
                    .put("nickname", p.nickname)
                    .encode());
        });
    }

    private void onSearchFrame(Player p, JsonObject m) {
        long now = System.nanoTime();
        String type = m.getString("type");
        frames.computeIfAbsent("matchmaking:" + type, k -> new LongAdder()).increment();
        switch (type) {
            case "searching" -> {
                searchingMicros.add((now - p.seekAt) / 1_000);
                p.guestId = m.getString("guestId");
                p.searched = true;
                if (p.matchPending) {
                    join(p);
                }
            }
            case "matched" -> {
                long wait = (now - p.seekAt) / 1_000;
                String kind = m.getString("kind", "unknown");
                waitMicros.add(wait);
                if (kind.equals("quick")) {
                    quickWaitMicros.add(wait);
                }
                waitsByWindow.computeIfAbsent((p.seekAt - runStart) / 10_000_000_000L,
                        k -> new ConcurrentLinkedQueue<>()).add(wait);
                count(matchedKinds, kind);
                searchingNow.decrementAndGet();
                p.battleId = m.getString("battleId");
                battles.computeIfAbsent(p.battleId, k -> new Seen(kind));
                p.matchedAt = now;
                if (p.searched) {
                    join(p);
                } else {
                    matchedBeforeSearching.incrementAndGet(); // wait for the guest id in searching
                    p.matchPending = true;
                }
            }
            case "error" -> {
                error("matchmaking:" + m.getString("code"));
                if (p.battleId == null) {
                    searchingNow.decrementAndGet();
                    p.closingSearch = true;
                    p.search.close();
                    finish(p);
                    gone(p);
                }
            }
            default -> {}
        }
    }

    /** Leaves the queue's socket (as the page does) and opens the battle's. */
    private void join(Player p) {
        p.closingSearch = true;
        p.search.close();
        sockets.connect(options("/ws/battle/" + p.battleId)).onComplete(c -> {
            if (c.failed()) {
                error("connect:battle");
                finish(p);
                gone(p);
                return;
            }
            WebSocket ws = c.result();
            p.battle = ws;
            ws.closeHandler(v -> {
                if (!p.closingBattle) {
                    unexpectedCloses.incrementAndGet();
                    finish(p);
                    gone(p);
                }
            });
            ws.textMessageHandler(text -> onBattleFrame(p, new JsonObject(text)));
            JsonObject join = new JsonObject().put("type", "join").put("nickname", p.nickname);
            if (p.guestId != null) {
                join.put("guestId", p.guestId);
            }
            ws.writeTextMessage(join.encode());
        });
    }

    private void onBattleFrame(Player p, JsonObject m) {
        long now = System.nanoTime();
        String type = m.getString("type");
        frames.computeIfAbsent("battle:" + type, k -> new LongAdder()).increment();
        Seen seen = battles.get(p.battleId);
        switch (type) {
            case "welcome" -> joinMicros.add((now - p.matchedAt) / 1_000);
            case "battle_welcome" -> p.side = m.getInteger("side", -1);
            case "get_ready" -> started(seen);
            case "question" -> {
                started(seen);
                questionsReceived.incrementAndGet();
                deliveryMicros.add(LoadDriver.epochMicros() - m.getLong("openedAtMicros"));
                answer(p, m);
            }
            case "answer_ack" -> {
                int index = m.getInteger("questionIndex");
                ackMicros.add((now - p.answerSentAt[index]) / 1_000);
                answersAcked.incrementAndGet();
                if (!ackedAnswers.add(p.battleId + "/" + p.side + "/" + index)) {
                    duplicateAcks.incrementAndGet();
                }
            }
            case "battle_over" -> {
                count(outcomes, m.getString("outcome", "unknown"));
                if (seen != null && seen.over.compareAndSet(false, true)) {
                    if (seen.started.get()) {
                        activeBattles.decrementAndGet();
                    }
                    completedBattles.incrementAndGet();
                }
                finish(p);
                // the rating change follows once the projection counted the battle; don't wait for it forever
                vertx.setTimer(o.ratingWaitSeconds() * 1000L, id -> leave(p));
            }
            case "rating_changed" -> {
                ratingsReceived.incrementAndGet();
                leave(p);
            }
            case "battle_expired" -> {
                expired.incrementAndGet();
                finish(p);
                leave(p);
            }
            case "error" -> error("battle:" + m.getString("code"));
            default -> {}
        }
    }

    private void started(Seen seen) {
        if (seen != null && seen.started.compareAndSet(false, true) && !seen.over.get()) {
            peakActiveBattles.accumulateAndGet(activeBattles.incrementAndGet(), Math::max);
        }
    }

    /** A random choice among those shown, sent at a random moment in the first answer-spread-ms. */
    private void answer(Player p, JsonObject question) {
        int index = question.getInteger("questionIndex");
        JsonArray choices = question.getJsonObject("question").getJsonArray("choices", new JsonArray());
        if (choices.isEmpty() || index < 0 || index >= MAX_QUESTIONS) {
            error("driver:question_without_choices");
            return;
        }
        String choice = choices.getJsonObject(ThreadLocalRandom.current().nextInt(choices.size())).getString("id");
        long delay = 1 + ThreadLocalRandom.current().nextInt(o.answerSpreadMillis());
        WebSocket ws = p.battle;
        vertx.setTimer(delay, id -> {
            p.answerSentAt[index] = System.nanoTime();
            answersSent.incrementAndGet();
            ws.writeTextMessage(new JsonObject()
                    .put("type", "answer")
                    .put("questionIndex", index)
                    .put("choiceIds", new JsonArray().add(choice))
                    .encode());
        });
    }

    private void leave(Player p) {
        if (p.battle != null && !p.closingBattle) {
            p.closingBattle = true;
            p.battle.close();
        }
        gone(p);
    }

    private void finish(Player p) {
        if (p.finished.compareAndSet(false, true)) {
            done.countDown();
        }
    }

    private void gone(Player p) {
        if (p.gone.compareAndSet(false, true)) {
            closed.countDown();
        }
    }

    private void error(String code) {
        count(errors, code);
    }

    private static void count(Map<String, AtomicInteger> counts, String key) {
        counts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
    }

    private static JsonObject counts(Map<String, AtomicInteger> counts) {
        JsonObject out = new JsonObject();
        new TreeMap<>(counts).forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    private JsonArray byWindow() {
        JsonArray out = new JsonArray();
        new TreeMap<>(waitsByWindow).forEach((window, waits) -> out.add(Stats.of(waits)
                .put("seekFromS", window * 10)
                .put("seekToS", window * 10 + 10)));
        return out;
    }

    private JsonObject frameCounts() {
        JsonObject out = new JsonObject();
        new TreeMap<>(frames).forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    private WebSocketConnectOptions options(String path) {
        return new WebSocketConnectOptions().setHost(o.host()).setPort(o.port()).setURI(path);
    }

    // ---- the database, after the battles

    /** What PostgreSQL holds for the run's battles. */
    private static final class Stored {
        final Set<String> answers = new HashSet<>(); // battleId/side/questionIndex
        long rows;
        final Map<String, Object> byKindAndStatus = new TreeMap<>();
    }

    /**
     * Waits (bounded) until every battle of the run is saved or expired, then reads their answers and statuses. A
     * battle is saved after its battle_over frames went out, on a worker, so the last ones may still be writing.
     */
    private Stored stored(List<String> ids) throws Exception {
        Stored out = new Stored();
        try (Connection c = DriverManager.getConnection(o.jdbcUrl(), o.dbUser(), o.dbPassword())) {
            Array array = c.createArrayOf("varchar", ids.toArray());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline) {
                try (PreparedStatement s = c.prepareStatement(
                        "select count(*) from battle where id = any(?) and status in ('WAITING', 'PLAYING')")) {
                    s.setArray(1, array);
                    try (ResultSet r = s.executeQuery()) {
                        r.next();
                        if (r.getLong(1) == 0) {
                            break;
                        }
                    }
                }
                Thread.sleep(500);
            }
            try (PreparedStatement s = c.prepareStatement(
                    "select kind, status, count(*) from battle where id = any(?) group by kind, status")) {
                s.setArray(1, array);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.byKindAndStatus.put(r.getString(1) + "/" + r.getString(2), r.getLong(3));
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement(
                    "select battle_id, side, question_index from battle_answer where battle_id = any(?)")) {
                s.setArray(1, array);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.rows++;
                        out.answers.add(r.getString(1) + "/" + r.getInt(2) + "/" + r.getInt(3));
                    }
                }
            }
        }
        return out;
    }
}
