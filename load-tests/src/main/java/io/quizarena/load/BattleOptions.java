package io.quizarena.load;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Command-line options of the battle scenario ({@code LoadDriver battle --name value ...}). */
record BattleOptions(
        String label,
        String host,
        int port,
        int players,
        int rampSeconds,
        List<String> topics,
        int answerSpreadMillis,
        int timeoutSeconds,
        int ratingWaitSeconds,
        long serverPid,
        String gcLog,
        String out,
        String jdbcUrl,
        String dbUser,
        String dbPassword) {

    static BattleOptions parse(String[] args) {
        Map<String, String> m = Options.pairs(args);
        BattleOptions o = new BattleOptions(
                m.getOrDefault("label", "battles"),
                m.getOrDefault("host", "127.0.0.1"),
                Integer.parseInt(m.getOrDefault("port", "8080")),
                Integer.parseInt(m.getOrDefault("players", "2000")),
                Integer.parseInt(m.getOrDefault("ramp-seconds", "60")),
                Arrays.stream(m.getOrDefault("topics", "moe,rag,inference,mixed").split(","))
                        .map(String::strip)
                        .filter(t -> !t.isEmpty())
                        .toList(),
                Integer.parseInt(m.getOrDefault("answer-spread-ms", "3000")),
                Integer.parseInt(m.getOrDefault("timeout-seconds", "300")),
                Integer.parseInt(m.getOrDefault("rating-wait-seconds", "35")),
                Long.parseLong(m.getOrDefault("server-pid", "0")),
                m.get("gc-log"),
                m.getOrDefault("out", "results.jsonl"),
                m.getOrDefault("jdbc-url", "jdbc:postgresql://127.0.0.1:5432/quiz"),
                m.getOrDefault("db-user", "quiz"),
                m.getOrDefault("db-password", "quiz"));
        if (o.players < 2 || o.players > 20_000 || o.rampSeconds < 0 || o.rampSeconds > 3600 || o.topics.isEmpty()
                || o.answerSpreadMillis < 1 || o.answerSpreadMillis > 9_000 || o.timeoutSeconds < 10
                || o.timeoutSeconds > 3600) {
            throw new IllegalArgumentException("battle options out of range: " + o);
        }
        return o;
    }

    /** The database name at the end of the JDBC URL (to find its PostgreSQL backends). */
    String database() {
        String path = jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1);
        int q = path.indexOf('?');
        return q < 0 ? path : path.substring(0, q);
    }
}
