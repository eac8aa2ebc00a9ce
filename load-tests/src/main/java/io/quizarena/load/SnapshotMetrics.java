package io.quizarena.load;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

/**
 * What the room snapshots of a run cost, from the application's own Micrometer figures (Prometheus text at /q/metrics):
 * how many were written, their stored size (gzip JSON), and the time to encode and write one (on the store thread, off
 * the room's). The maxima are Micrometer's, over its last two minutes.
 */
final class SnapshotMetrics {

    private SnapshotMetrics() {}

    static JsonObject read(HttpClient http, String host, int port) throws IOException, InterruptedException {
        String text = http.send(
                        HttpRequest.newBuilder(URI.create("http://" + host + ":" + port + "/q/metrics"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Map<String, Double> values = new HashMap<>();
        for (String line : text.split("\n")) {
            if (line.startsWith("arena_room_snapshot_")) {
                String name = line.substring(0, line.indexOf(line.contains("{") ? '{' : ' '));
                values.merge(name, Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)), Double::sum);
            }
        }
        double count = values.getOrDefault("arena_room_snapshot_bytes_count", 0.0);
        double writes = values.getOrDefault("arena_room_snapshot_write_seconds_count", 0.0);
        return new JsonObject()
                .put("count", (long) count)
                .put("bytesMean", count == 0 ? 0 : Math.round(values.get("arena_room_snapshot_bytes_sum") / count))
                .put("bytesMax", Math.round(values.getOrDefault("arena_room_snapshot_bytes_max", 0.0)))
                .put("writeMsMean", writes == 0 ? 0 : round(1000 * values.get("arena_room_snapshot_write_seconds_sum")
                        / writes))
                .put("writeMsMax", round(1000 * values.getOrDefault("arena_room_snapshot_write_seconds_max", 0.0)));
    }

    private static double round(double ms) {
        return Math.round(ms * 10) / 10.0;
    }
}
