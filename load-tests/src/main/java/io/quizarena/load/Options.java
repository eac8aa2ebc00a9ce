package io.quizarena.load;

import java.util.HashMap;
import java.util.Map;

/** Command-line options of the driver: {@code --name value} pairs. */
record Options(
        String target,
        String label,
        String host,
        int port,
        int rooms,
        int players,
        int questions,
        int spreadMillis,
        int connectWindow,
        long serverPid,
        String gcLog,
        String out,
        String jdbcUrl,
        String dbUser,
        String dbPassword) {

    /** {@code --name value} pairs as a map (names without the dashes). */
    static Map<String, String> pairs(String[] args) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --name value, got " + args[i]);
            }
            m.put(args[i].substring(2), args[i + 1]);
        }
        return m;
    }

    static Options parse(String[] args) {
        Map<String, String> m = pairs(args);
        return new Options(
                m.getOrDefault("target", "app"),
                m.getOrDefault("label", "scenario"),
                m.getOrDefault("host", "127.0.0.1"),
                Integer.parseInt(m.getOrDefault("port", "8080")),
                Integer.parseInt(m.getOrDefault("rooms", "1")),
                Integer.parseInt(m.getOrDefault("players", "1000")),
                Integer.parseInt(m.getOrDefault("questions", "10")),
                Integer.parseInt(m.getOrDefault("spread-ms", "5000")),
                Integer.parseInt(m.getOrDefault("connect-window", "200")),
                Long.parseLong(m.getOrDefault("server-pid", "0")),
                m.get("gc-log"),
                m.getOrDefault("out", "results.jsonl"),
                m.getOrDefault("jdbc-url", "jdbc:postgresql://127.0.0.1:5432/quiz"),
                m.getOrDefault("db-user", "quiz"),
                m.getOrDefault("db-password", "quiz"));
    }

    /** The application (with or without room snapshots), not the bare baseline. */
    boolean app() {
        return target.startsWith("app");
    }
}
