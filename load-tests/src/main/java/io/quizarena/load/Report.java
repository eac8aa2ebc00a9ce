package io.quizarena.load;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
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
        for (String line : Files.readAllLines(results)) {
            if (line.isBlank()) {
                continue;
            }
            JsonObject r = new JsonObject(line);
            String target = r.getString("target");
            (target.equals("app") ? app : target.equals(NO_SNAPSHOTS) ? noSnapshots : base)
                    .put(r.getString("label"), r);
        }
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
        if (!noSnapshots.isEmpty()) {
            snapshots(app, noSnapshots);
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
