package io.quizarena.load;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Drives one scenario against the application or the bare baseline: R rooms of 1 host and P players each play Q
 * single-choice questions; every player answers at a uniformly random moment in the first {@code spread-ms} of each
 * question. Records per-client receive stamps (fan-out latency against the server's {@code openedAtMicros}),
 * answer acknowledgement latency, join rate, lost answers, and the server's CPU, RSS, heap and GC pauses.
 *
 * <p>Every loop is bounded in count and time, and every connection goes to 127.0.0.1.
 */
public final class LoadDriver {

    private static final long PHASE_TIMEOUT_SECONDS = 120;

    private final Options o;
    private final Vertx vertx;
    private final HttpClient http = HttpClient.newHttpClient();
    private final WebSocketClient sockets;
    private final ServerProbe server;

    // what the clients record
    private final ConcurrentLinkedQueue<Long> fanoutMicros = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Long> ackMicros = new ConcurrentLinkedQueue<>();
    private final Map<Integer, AtomicLong> lastArrivalMicros = new ConcurrentHashMap<>();
    private final AtomicLong questionFrameBytes = new AtomicLong();
    private final AtomicLong questionFrames = new AtomicLong();
    private final AtomicLong answersSent = new AtomicLong();
    private final AtomicLong answersAcked = new AtomicLong();
    private final Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
    private final AtomicInteger unexpectedCloses = new AtomicInteger();
    private final AtomicReference<CountDownLatch> results = new AtomicReference<>();
    private final AtomicReference<CountDownLatch> finals = new AtomicReference<>();
    private final List<String> gameIds = new ArrayList<>();
    private final AtomicLong baselineAnswers = new AtomicLong();

    private LoadDriver(Options options) {
        this.o = options;
        this.vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2));
        this.sockets = vertx.createWebSocketClient(new WebSocketClientOptions()
                .setMaxConnections(1_000_000)
                .setConnectTimeout(30_000)
                .setTryUsePerMessageCompression(false));
        this.server = new ServerProbe(options.serverPid());
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("report")) {
            Report.print(Path.of(args.length > 1 ? args[1] : "results.jsonl"));
            return;
        }
        if (args.length > 0 && args[0].equals("battle")) {
            BattleLoad.main(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        LoadDriver driver = new LoadDriver(Options.parse(args));
        try {
            driver.run();
        } finally {
            driver.vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        }
    }

    private void run() throws Exception {
        int total = o.rooms() * o.players();
        String quizId = o.app() ? createQuiz() : "baseline";
        List<JsonObject> rooms = new ArrayList<>();
        for (int r = 0; r < o.rooms(); r++) {
            rooms.add(openRoom(quizId));
        }
        List<WebSocket> hosts = new ArrayList<>();
        CountDownLatch hostsReady = new CountDownLatch(o.rooms());
        for (JsonObject room : rooms) {
            hosts.add(connectHost(room, hostsReady));
        }
        await(hostsReady, "hosts connected");

        long heapBefore = server.enabled() ? server.heapAfterGcKib() : -1;
        long rssBefore = server.enabled() ? server.rssKib() : -1;
        int gcSkip = ServerProbe.lines(o.gcLog());

        // joins, at most connect-window in flight
        CountDownLatch joined = new CountDownLatch(total);
        Semaphore window = new Semaphore(o.connectWindow());
        long cpuJoinStart = server.enabled() ? server.cpuMillis() : -1;
        long joinStart = System.nanoTime();
        for (int r = 0; r < o.rooms(); r++) {
            for (int p = 0; p < o.players(); p++) {
                if (!window.tryAcquire(PHASE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("joins stalled");
                }
                connectPlayer(rooms.get(r).getString("pin"), "r" + r + "-p" + p, joined, window);
            }
        }
        await(joined, "players joined");
        double joinSeconds = (System.nanoTime() - joinStart) / 1e9;
        long cpuJoins = server.enabled() ? server.cpuMillis() - cpuJoinStart : -1;

        long heapAfter = server.enabled() ? server.heapAfterGcKib() : -1;
        long rssAfter = server.enabled() ? server.rssKib() : -1;
        long cpuStart = server.enabled() ? server.cpuMillis() : -1;
        long playStart = System.nanoTime();

        for (int q = 0; q < o.questions(); q++) {
            results.set(new CountDownLatch(total));
            lastArrivalMicros.put(q, new AtomicLong());
            String command = q == 0 ? "start" : "next";
            hosts.forEach(h -> h.writeTextMessage(new JsonObject().put("type", command).encode()));
            await(results.get(), "results of question " + q);
        }
        finals.set(new CountDownLatch(total + o.rooms()));
        hosts.forEach(h -> h.writeTextMessage(new JsonObject().put("type", "next").encode()));
        await(finals.get(), "podium and saved games");
        double playSeconds = (System.nanoTime() - playStart) / 1e9;
        long cpuUsed = server.enabled() ? server.cpuMillis() - cpuStart : -1;
        double[] gc = ServerProbe.gcPauses(o.gcLog(), gcSkip);

        long stored = o.app() ? answerRows() : baselineAnswers.get();
        JsonObject result = new JsonObject()
                .put("scenario", "room")
                .put("label", o.label())
                .put("target", o.target())
                .put("rooms", o.rooms())
                .put("playersPerRoom", o.players())
                .put("connections", total + o.rooms())
                .put("questions", o.questions())
                .put("joinedPerSecond", Math.round(total / joinSeconds))
                .put("fanout", Stats.of(fanoutMicros))
                .put("lastPlayerMicros", Stats.of(lastArrivals()))
                .put("ack", Stats.of(ackMicros))
                .put("answersSent", answersSent.get())
                .put("answersAcked", answersAcked.get())
                .put("answersStored", stored)
                .put("lostAnswers", answersAcked.get() - stored)
                .put("errors", new JsonObject(new java.util.HashMap<>(Map.copyOf(errorCounts()))))
                .put("unexpectedCloses", unexpectedCloses.get())
                .put("avgQuestionFrameBytes", questionFrames.get() == 0 ? 0 : questionFrameBytes.get()
                        / questionFrames.get())
                .put("playSeconds", Math.round(playSeconds * 10) / 10.0)
                .put("playerQuestions", questionFrames.get())
                .put("serverCpuMsPlay", cpuUsed)
                .put("serverCpuMsJoins", cpuJoins)
                .put("serverCpuMsPer1000Connections", server.enabled() ? cpuUsed * 1000 / (total + o.rooms()) : -1)
                .put("serverCpuMsPerDeliveredFrame", server.enabled() ? (double) cpuUsed / Math.max(1,
                        questionFrames.get()) : -1)
                .put("rssKibPer1000Connections", server.enabled() ? (rssAfter - rssBefore) * 1000 / total : -1)
                .put("heapBytesPerIdlePlayer", server.enabled() ? (heapAfter - heapBefore) * 1024 / total : -1)
                .put("snapshots", o.app() ? SnapshotMetrics.read(http, o.host(), o.port()) : new JsonObject())
                .put("gcPauses", new JsonObject().put("count", (int) gc[0]).put("totalMs", gc[1]).put("maxMs", gc[2]))
                .put("at", Instant.now().toString());
        Files.writeString(Path.of(o.out()), result.encode() + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        System.out.println(result.encodePrettily());
    }

    private Map<String, Integer> errorCounts() {
        Map<String, Integer> out = new java.util.TreeMap<>();
        errors.forEach((k, v) -> out.put(k, v.get()));
        return out;
    }

    private List<Long> lastArrivals() {
        List<Long> out = new ArrayList<>();
        lastArrivalMicros.values().forEach(v -> out.add(v.get()));
        return out;
    }

    private static void await(CountDownLatch latch, String what) throws InterruptedException {
        if (!latch.await(PHASE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            throw new IllegalStateException("timed out waiting for " + what + " (" + latch.getCount() + " missing)");
        }
    }

    // ---- REST

    private String createQuiz() throws IOException, InterruptedException {
        List<String> ids = new ArrayList<>();
        for (int q = 0; q < o.questions(); q++) {
            JsonArray choices = new JsonArray();
            for (String id : List.of("a", "b", "c", "d")) {
                choices.add(new JsonObject()
                        .put("id", id)
                        .put("text", new JsonObject().put("zh", QuestionText.choiceZh(id))
                                .put("en", QuestionText.choiceEn(id)))
                        .put("correct", id.equals("b")));
            }
            JsonObject question = new JsonObject()
                    .put("topic", "moe")
                    .put("difficulty", 1)
                    .put("type", "single")
                    .put("text", new JsonObject().put("zh", QuestionText.zh(q)).put("en", QuestionText.en(q)))
                    .put("choices", choices)
                    .put("explanation", new JsonObject().put("zh", QuestionText.zh(q)).put("en", QuestionText.en(q)))
                    .put("timeLimitSeconds", 20);
            ids.add(post("/api/questions", question).getString("id"));
        }
        JsonObject quiz = new JsonObject()
                .put("title", new JsonObject().put("zh", "压测").put("en", "Load test"))
                .put("description", new JsonObject().put("zh", "压测用的测验").put("en", "Load test quiz"))
                .put("questionIds", new JsonArray(ids));
        return post("/api/quizzes", quiz).getString("id");
    }

    private JsonObject openRoom(String quizId) throws IOException, InterruptedException {
        JsonObject body = new JsonObject()
                .put("quizId", quizId)
                .put("questionCount", o.questions())
                .put("settings", new JsonObject().put("standingsEvery", 0).put("closeEarly", true));
        return post("/api/rooms", body);
    }

    private JsonObject post(String path, JsonObject body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + o.host() + ":" + o.port() + path))
                .header("Content-Type", "application/json")
                .header("Authorization", basic())
                .POST(HttpRequest.BodyPublishers.ofString(body.encode()))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return new JsonObject(response.body());
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString("host:host".getBytes(StandardCharsets.UTF_8));
    }

    // ---- sockets

    private WebSocket connectHost(JsonObject room, CountDownLatch ready) throws Exception {
        WebSocketConnectOptions options = connectOptions("/ws/host/" + room.getString("pin"))
                .addHeader("Authorization", basic());
        WebSocket ws = sockets.connect(options).toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        ws.textMessageHandler(text -> {
            JsonObject m = new JsonObject(text);
            switch (m.getString("type")) {
                case "host_welcome" -> ready.countDown();
                case "game_saved" -> {
                    synchronized (gameIds) {
                        gameIds.add(m.getString("gameId"));
                    }
                    baselineAnswers.addAndGet(m.getLong("answers", 0L));
                    finals.get().countDown();
                }
                case "error" -> errors.computeIfAbsent("host:" + m.getString("code"), k -> new AtomicInteger())
                        .incrementAndGet();
                default -> {}
            }
        });
        ws.writeTextMessage(new JsonObject().put("type", "hello").put("hostToken", room.getString("hostToken"))
                .encode());
        return ws;
    }

    private void connectPlayer(String pin, String nickname, CountDownLatch joined, Semaphore window) {
        sockets.connect(connectOptions("/ws/play/" + pin)).onComplete(done -> {
            if (done.failed()) {
                errors.computeIfAbsent("connect", k -> new AtomicInteger()).incrementAndGet();
                window.release();
                return;
            }
            WebSocket ws = done.result();
            long[] answerSentAt = {0};
            ws.closeHandler(v -> unexpectedCloses.incrementAndGet());
            ws.textMessageHandler(text -> {
                long nowMicros = epochMicros();
                JsonObject m = new JsonObject(text);
                switch (m.getString("type")) {
                    case "welcome" -> {
                        joined.countDown();
                        window.release();
                    }
                    case "question" -> {
                        long latency = nowMicros - m.getLong("openedAtMicros");
                        fanoutMicros.add(latency);
                        lastArrivalMicros.get(m.getInteger("questionIndex")).accumulateAndGet(latency, Math::max);
                        questionFrameBytes.addAndGet(text.getBytes(StandardCharsets.UTF_8).length);
                        questionFrames.incrementAndGet();
                        int index = m.getInteger("questionIndex");
                        long delay = 1 + ThreadLocalRandom.current().nextInt(o.spreadMillis());
                        String choice = String.valueOf((char) ('a' + ThreadLocalRandom.current().nextInt(4)));
                        vertx.setTimer(delay, id -> {
                            answerSentAt[0] = System.nanoTime();
                            answersSent.incrementAndGet();
                            ws.writeTextMessage(new JsonObject()
                                    .put("type", "answer")
                                    .put("questionIndex", index)
                                    .put("choiceIds", new JsonArray().add(choice))
                                    .encode());
                        });
                    }
                    case "answer_ack" -> {
                        ackMicros.add((System.nanoTime() - answerSentAt[0]) / 1_000);
                        answersAcked.incrementAndGet();
                    }
                    case "result" -> results.get().countDown();
                    case "final" -> finals.get().countDown();
                    case "error" -> errors.computeIfAbsent(m.getString("code"), k -> new AtomicInteger())
                            .incrementAndGet();
                    default -> {}
                }
            });
            ws.writeTextMessage(new JsonObject().put("type", "join").put("nickname", nickname).encode());
        });
    }

    private WebSocketConnectOptions connectOptions(String path) {
        return new WebSocketConnectOptions().setHost(o.host()).setPort(o.port()).setURI(path);
    }

    static long epochMicros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
    }

    private long answerRows() throws Exception {
        String in = String.join(",", java.util.Collections.nCopies(gameIds.size(), "?"));
        try (Connection c = DriverManager.getConnection(o.jdbcUrl(), o.dbUser(), o.dbPassword());
                PreparedStatement s = c.prepareStatement("select count(*) from game_answer where game_id in (" + in
                        + ")")) {
            for (int i = 0; i < gameIds.size(); i++) {
                s.setString(i + 1, gameIds.get(i));
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
