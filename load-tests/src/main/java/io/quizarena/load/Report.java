package io.quizarena.load;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints the results of a run as a Markdown table: each scenario's application figures beside the baseline's. */
final class Report {

    /** The target of the application run with arena.cluster.snapshots=false (run.sh, SNAPSHOTS_COMPARE=1). */
    static final String NO_SNAPSHOTS = "app-no-snapshots";

    private Report() {}

    static void print(Path results) throws IOException {
        Map<String, JsonObject> app = new LinkedHashMap<>();
        Map<String, JsonObject> base = new LinkedHashMap<>();
        Map<String, JsonObject> noSnapshots = new LinkedHashMap<>();
        List<JsonObject> battles = new ArrayList<>();
        for (String line : Files.readAllLines(results)) {
            if (line.isBlank()) {
                continue;
            }
            JsonObject r = new JsonObject(line);
            String target = r.getString("target");
            if ("battle".equals(r.getString("scenario"))) {
                battles.add(r);
            } else {
                (target.equals("app") ? app : target.equals(NO_SNAPSHOTS) ? noSnapshots : base)
                        .put(r.getString("label"), r);
            }
        }
        if (!app.isEmpty() || !base.isEmpty()) {
            rooms(app, base);
        }
        if (!noSnapshots.isEmpty()) {
            snapshots(app, noSnapshots);
        }
        if (!battles.isEmpty()) {
            if (!app.isEmpty() || !base.isEmpty()) {
                System.out.println();
            }
            battles(battles, app);
        }
    }

    private static void rooms(Map<String, JsonObject> app, Map<String, JsonObject> base) {
        System.out.println("| scenario | target | connections | joins/s | fan-out p50 / p95 / p99 / max (ms) |"
                + " last player, median / max (ms) | ack p50 / p99 (ms) | answers acked / stored / lost |"
                + " server CPU ms per 1000 conns | server CPU us per player-question | RSS KiB per 1000 conns |"
                + " heap per idle player | GC pauses (count, total, max ms) | question frame bytes |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (String label : app.keySet()) {
            row(label, app.get(label));
            if (base.containsKey(label)) {
                row(label, base.get(label));
                ratios(app.get(label), base.get(label));
            }
        }
        for (String label : base.keySet()) {
            if (!app.containsKey(label)) {
                row(label, base.get(label));
            }
        }
    }

    /** What room snapshots cost: the application beside itself with arena.cluster.snapshots=false. */
    private static void snapshots(Map<String, JsonObject> app, Map<String, JsonObject> noSnapshots) {
        System.out.println();
        System.out.println("| scenario | target | snapshots written | snapshot bytes mean / max | write ms mean / max |"
                + " joins/s | fan-out p99 (ms) | ack p50 / p99 (ms) | answers lost |");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        for (Map.Entry<String, JsonObject> e : noSnapshots.entrySet()) {
            JsonObject with = app.get(e.getKey());
            if (with != null) {
                snapshotRow(with);
            }
            snapshotRow(e.getValue());
            if (with != null) {
                JsonObject fw = with.getJsonObject("fanout");
                JsonObject fo = e.getValue().getJsonObject("fanout");
                JsonObject aw = with.getJsonObject("ack");
                JsonObject ao = e.getValue().getJsonObject("ack");
                System.out.printf(Locale.ROOT, "| %s | **with / without** | | | | %s | %s | %s / %s | |%n",
                        e.getKey(),
                        ratio(with.getLong("joinedPerSecond"), e.getValue().getLong("joinedPerSecond")),
                        ratio(fw, fo, "p99Ms"), ratio(aw, ao, "p50Ms"), ratio(aw, ao, "p99Ms"));
            }
        }
    }

    private static void snapshotRow(JsonObject r) {
        JsonObject s = r.getJsonObject("snapshots", new JsonObject());
        JsonObject ack = r.getJsonObject("ack");
        System.out.printf(Locale.ROOT, "| %s | %s | %d | %s / %s | %s / %s | %d | %s | %s / %s | %d |%n",
                r.getString("label"), r.getString("target"), s.getLong("count", 0L),
                bytes(s.getLong("bytesMean", 0L)), bytes(s.getLong("bytesMax", 0L)),
                s.getValue("writeMsMean", 0), s.getValue("writeMsMax", 0), r.getLong("joinedPerSecond"),
                r.getJsonObject("fanout").getValue("p99Ms"), ack.getValue("p50Ms"), ack.getValue("p99Ms"),
                r.getLong("lostAnswers"));
    }

    /** The battle scenarios, then their server CPU per player-question beside every live room of the same run. */
    private static void battles(List<JsonObject> battles, Map<String, JsonObject> rooms) {
        System.out.println("| scenario | players | battles quick / ghost / expired | battles completed |"
                + " peak concurrent battles | matchmaking wait p50 / p95 / p99 / max (ms) | quick-match wait p99 (ms) |"
                + " join p50 / p99 (ms) | answer-ack p50 / p99 (ms) | answers acked / stored / lost |"
                + " question delivery p50 / p99 (ms) | rating changes received | errors, unexpected closes |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (JsonObject r : battles) {
            JsonObject kinds = r.getJsonObject("matchedKinds");
            JsonObject stored = r.getJsonObject("battlesByKindAndStatus");
            long quick = 0;
            long ghost = 0;
            long expiredBattles = 0;
            for (String key : stored.fieldNames()) {
                long count = ((Number) stored.getValue(key)).longValue();
                quick += key.startsWith("QUICK/") ? count : 0;
                ghost += key.startsWith("GHOST/") ? count : 0;
                expiredBattles += key.endsWith("/EXPIRED") ? count : 0;
            }
            JsonObject w = r.getJsonObject("matchmakingWait");
            JsonObject q = r.getJsonObject("matchmakingWaitQuick");
            JsonObject j = r.getJsonObject("join");
            JsonObject a = r.getJsonObject("ack");
            JsonObject d = r.getJsonObject("questionDelivery");
            int errorCount = 0;
            for (String key : r.getJsonObject("errors").fieldNames()) {
                errorCount += r.getJsonObject("errors").getInteger(key);
            }
            System.out.printf(Locale.ROOT, "| %s | %d | %d / %d / %d | %d | %d | %s / %s / %s / %s | %s | %s / %s |"
                            + " %s / %s | %d / %d / %d | %s / %s | %d | %d, %d |%n",
                    r.getString("label"), r.getInteger("players"), quick, ghost, expiredBattles,
                    r.getInteger("battlesCompleted"), r.getInteger("peakConcurrentBattles"),
                    w.getValue("p50Ms"), w.getValue("p95Ms"), w.getValue("p99Ms"), w.getValue("maxMs"),
                    q.getValue("p99Ms"), j.getValue("p50Ms"), j.getValue("p99Ms"),
                    a.getValue("p50Ms"), a.getValue("p99Ms"),
                    r.getLong("answersAcked"), r.getLong("answersStored"), r.getLong("lostAnswers"),
                    d.getValue("p50Ms"), d.getValue("p99Ms"), r.getLong("ratingsReceived"),
                    errorCount, r.getInteger("unexpectedCloses"));
            if (kinds.isEmpty()) {
                System.out.println("| " + r.getString("label") + " | nobody was matched | | | | | | | | | | | |");
            }
        }
        System.out.println();
        System.out.println("| scenario | player-questions | server CPU s | server CPU us per player-question |"
                + " PostgreSQL CPU us per player-question | machine busy | GC pauses (count, total, max ms) |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (JsonObject r : battles) {
            JsonObject gc = r.getJsonObject("gcPauses");
            long pq = r.getLong("playerQuestions");
            System.out.printf(Locale.ROOT, "| %s (everything: queue, joins, questions, saves, ratings) | %d | %.1f |"
                            + " %s | %s | %s %% | %d, %.0f, %.0f |%n",
                    r.getString("label"), pq, r.getLong("serverCpuMs") / 1000.0,
                    perQuestion(r.getLong("serverCpuMs"), pq), perQuestion(r.getLong("postgresCpuMs"), pq),
                    r.getValue("machineBusyPercent"), gc.getInteger("count"), gc.getDouble("totalMs"),
                    gc.getDouble("maxMs"));
        }
        for (JsonObject room : rooms.values()) {
            Long play = room.getLong("serverCpuMsPlay");
            Long joins = room.getLong("serverCpuMsJoins");
            long pq = room.getLong("playerQuestions", 0L);
            if (play == null || joins == null || pq == 0) {
                continue; // a result file of a driver before these fields
            }
            JsonObject gc = room.getJsonObject("gcPauses");
            System.out.printf(Locale.ROOT, "| live room %s, questions only | %d | %.1f | %s | | | %d, %.0f, %.0f |%n",
                    room.getString("label"), pq, play / 1000.0, perQuestion(play, pq), gc.getInteger("count"),
                    gc.getDouble("totalMs"), gc.getDouble("maxMs"));
            System.out.printf(Locale.ROOT, "| live room %s, joins and questions | %d | %.1f | %s | | | |%n",
                    room.getString("label"), pq, (play + joins) / 1000.0, perQuestion(play + joins, pq));
            for (JsonObject b : battles) {
                long bq = b.getLong("playerQuestions");
                if (bq > 0 && b.getLong("serverCpuMs") > 0) {
                    System.out.printf(Locale.ROOT, "| **%s / live room %s** (joins and questions) | | | %s | | | |%n",
                            b.getString("label"), room.getString("label"),
                            ratio((double) b.getLong("serverCpuMs") / bq, (double) (play + joins) / pq));
                }
            }
        }
    }

    private static String perQuestion(long cpuMs, long playerQuestions) {
        return cpuMs < 0 || playerQuestions <= 0
                ? "n/a"
                : String.format(Locale.ROOT, "%.1f", cpuMs * 1000.0 / playerQuestions);
    }

    private static void row(String label, JsonObject r) {
        JsonObject f = r.getJsonObject("fanout");
        JsonObject last = r.getJsonObject("lastPlayerMicros");
        JsonObject ack = r.getJsonObject("ack");
        JsonObject gc = r.getJsonObject("gcPauses");
        System.out.printf(Locale.ROOT, "| %s | %s | %d | %d | %s / %s / %s / %s | %s / %s | %s / %s | %d / %d / %d |"
                        + " %d | %.1f | %d | %s | %d, %.0f, %.0f | %d |%n",
                label, r.getString("target"), r.getInteger("connections"), r.getLong("joinedPerSecond"),
                f.getValue("p50Ms"), f.getValue("p95Ms"), f.getValue("p99Ms"), f.getValue("maxMs"),
                last.getValue("p50Ms"), last.getValue("maxMs"), ack.getValue("p50Ms"), ack.getValue("p99Ms"),
                r.getLong("answersAcked"), r.getLong("answersStored"), r.getLong("lostAnswers"),
                r.getLong("serverCpuMsPer1000Connections"), r.getDouble("serverCpuMsPerDeliveredFrame") * 1000,
                r.getLong("rssKibPer1000Connections"), bytes(r.getLong("heapBytesPerIdlePlayer")),
                gc.getInteger("count"), gc.getDouble("totalMs"), gc.getDouble("maxMs"),
                r.getLong("avgQuestionFrameBytes"));
    }

    private static void ratios(JsonObject app, JsonObject base) {
        JsonObject fa = app.getJsonObject("fanout");
        JsonObject fb = base.getJsonObject("fanout");
        JsonObject la = app.getJsonObject("lastPlayerMicros");
        JsonObject lb = base.getJsonObject("lastPlayerMicros");
        JsonObject aa = app.getJsonObject("ack");
        JsonObject ab = base.getJsonObject("ack");
        System.out.printf(Locale.ROOT, "| %s | **app / baseline** | | %s | %s / %s / %s / %s | %s / %s | %s / %s | |"
                        + " %s | %s | %s | | | |%n",
                app.getString("label"),
                ratio(app.getLong("joinedPerSecond"), base.getLong("joinedPerSecond")),
                ratio(fa, fb, "p50Ms"), ratio(fa, fb, "p95Ms"), ratio(fa, fb, "p99Ms"), ratio(fa, fb, "maxMs"),
                ratio(la, lb, "p50Ms"), ratio(la, lb, "maxMs"), ratio(aa, ab, "p50Ms"), ratio(aa, ab, "p99Ms"),
                ratio(app.getLong("serverCpuMsPer1000Connections"), base.getLong("serverCpuMsPer1000Connections")),
                ratio(app.getDouble("serverCpuMsPerDeliveredFrame"), base.getDouble("serverCpuMsPerDeliveredFrame")),
                ratio(app.getLong("rssKibPer1000Connections"), base.getLong("rssKibPer1000Connections")));
    }

    private static String ratio(JsonObject a, JsonObject b, String key) {
        return ratio(((Number) a.getValue(key, 0)).doubleValue(), ((Number) b.getValue(key, 0)).doubleValue());
    }

    private static String ratio(double a, double b) {
        return b <= 0 ? "n/a" : String.format(Locale.ROOT, "%.2fx", a / b);
    }

    private static String bytes(long b) {
        return b < 0 ? "n/a" : b < 10_240 ? b + " B" : String.format(Locale.ROOT, "%.1f KiB", b / 1024.0);
    }
}
