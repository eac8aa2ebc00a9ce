package io.quizarena.leaderboard;

import io.quizarena.events.EventIds;
import io.quizarena.events.PlayerScored;
import io.quizarena.events.PlayerScored.TopicScore;
import io.quizarena.events.ScoreEvent;
import io.quizarena.leaderboard.LeaderboardQueries.Neighbourhood;
import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The leaderboard benchmark (never in CI): a global board of N players in PostgreSQL, then
 * <ol>
 *   <li>a player's rank with five neighbours above and below, the application's way (counter tables) and the naive
 *       way (count(*) of higher scores), same players, same run, and the ratio;
 *   <li>the projector's throughput in batches of 500 events, one transaction per batch, on top of that board;
 *   <li>the rank query again while the projector writes at full speed in another thread.
 * </ol>
 * Uses the application's own classes (LeaderboardQueries, LeaderboardProjector) on a plain PostgreSQL data source.
 */
public final class LeaderboardBench {

    static final String BOARD = Boards.GLOBAL;

    public static void main(String[] args) throws Exception {
        int players = Integer.getInteger("players", 1_000_000);
        int fastQueries = Integer.getInteger("queries", 20_000);
        int naiveQueries = Integer.getInteger("naiveQueries", 300);
        int events = Integer.getInteger("events", 50_000);
        int batch = Integer.getInteger("batch", 500);
        String url = System.getProperty("url", "jdbc:postgresql://127.0.0.1:5432/quiz_bench");

        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setURL(url);
        pg.setUser(System.getProperty("user", "quiz"));
        pg.setPassword(System.getProperty("password", "quiz"));

        System.out.printf("== schema (V3 migration) and %,d players on the global board%n", players);
        long t0 = System.nanoTime();
        createSchema(pg, Path.of(System.getProperty("migration")));
        fill(pg, players);
        System.out.printf("filled in %.1f s%n", (System.nanoTime() - t0) / 1e9);

        // one connection for the queries, as a pool would hand out (opening one per query would measure connecting)
        Connection queryConnection = pg.getConnection();
        LeaderboardQueries queries = new LeaderboardQueries(oneConnection(queryConnection));
        Random random = new Random(42);

        System.out.println("== correctness: both ways agree on 100 random players");
        for (int i = 0; i < 100; i++) {
            String who = player(random.nextInt(players));
            Neighbourhood fast = queries.around(BOARD, who, 5).orElseThrow();
            Neighbourhood naive = queries.aroundCountingEveryEntry(BOARD, who, 5).orElseThrow();
            if (!fast.equals(naive)) {
                throw new AssertionError("counter ranks differ from counted ranks for " + who + ":\n" + fast + "\n"
                        + naive);
            }
        }
        System.out.println("ok");

        System.out.println("== rank with neighbours, idle database");
        measure(queries::around, players, 2_000, random); // warm-up
        double[] fast = measure(queries::around, players, fastQueries, random);
        double[] naive = measure(queries::aroundCountingEveryEntry, players, naiveQueries, random);

        System.out.printf("== projector: %,d events in batches of %d, one transaction each, 1 thread%n", events, batch);
        double eventsPerSecond = project(pg, players, events, batch, new Random(7), new AtomicBoolean());
        int writers = Integer.getInteger("writers", 2);
        System.out.printf("== projector: %,d events, %d threads (the consumer's default)%n", events, writers);
        double parallelRate = projectInParallel(pg, players, events, batch, writers);

        System.out.println("== rank with neighbours while the projector writes at full speed");
        AtomicBoolean stop = new AtomicBoolean();
        double[] writerRate = new double[1];
        Thread writer = new Thread(() -> {
            try {
                writerRate[0] = project(pg, players, Integer.MAX_VALUE, batch, new Random(8), stop);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        writer.start();
        Thread.sleep(1_000);
        double[] underLoad = measure(queries::around, players, fastQueries / 2, random);
        stop.set(true);
        writer.join();

        String command = System.getProperty("command", "load-tests/leaderboard/run.sh");
        StringBuilder out = new StringBuilder();
        out.append(String.format("%n## Leaderboard benchmark (%s UTC)%n%n", Instant.now().toString().substring(0, 19)));
        out.append(String.format("Command: `%s` (players=%d, queries=%d, naiveQueries=%d, events=%d, batch=%d)%n%n",
                command, players, fastQueries, naiveQueries, events, batch));
        out.append("| rank + 5 neighbours above and below | p50 ms | p90 ms | p99 ms | max ms |\n");
        out.append("|---|---|---|---|---|\n");
        out.append(row("counter tables (the application), idle", fast));
        out.append(row("count(*) of higher scores (baseline), idle", naive));
        out.append(row("counter tables, projector writing meanwhile", underLoad));
        out.append(String.format("%nBaseline / application: p50 %.0fx, p99 %.0fx.%n", naive[0] / fast[0], naive[2] / fast[2]));
        out.append(String.format("Projector, batches of %d: %,.0f events/s on 1 thread, %,.0f events/s on %d threads;"
                + " %,.0f events/s (1 thread) while the queries ran.%n", batch, eventsPerSecond, parallelRate, writers,
                writerRate[0]));
        System.out.print(out);
        String report = System.getProperty("report");
        if (report != null) {
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(Path.of(report)))) {
                w.print(out);
            }
        }
    }

    static String player(int i) {
        return "guest:bench-" + i;
    }

    static void createSchema(DataSource ds, Path migration) throws Exception {
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            s.execute("drop table if exists outbox_event, processed_event, board_entry, board_points, board_block");
            for (String sql : Files.readString(migration).replaceAll("(?m)^--.*$", "").split(";")) {
                if (!sql.isBlank()) {
                    s.execute(sql);
                }
            }
        }
    }

    /** Fills the board with SQL (fast), counters included; the correctness check above proves them consistent. */
    static void fill(DataSource ds, int players) throws SQLException {
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement()) {
            // skewed like real boards: many low totals, a long tail of high ones, plenty of ties
            s.execute("insert into board_entry (board, entrant, display_name, points, correct, games, updated_at)"
                    + " select 'global', 'guest:bench-' || (g - 1), 'player ' || g,"
                    + " floor(power(random(), 3) * 400000)::bigint, 0, 1, now() from generate_series(1, " + players
                    + ") g");
            s.execute("insert into board_points (board, points, entrants) select board, points, count(*)"
                    + " from board_entry group by board, points");
            s.execute("insert into board_block (board, block, entrants) select board, points / "
                    + LeaderboardProjector.BLOCK + ", count(*) from board_entry group by board, points / "
                    + LeaderboardProjector.BLOCK);
            s.execute("analyze");
        }
    }

    interface Around {
        Optional<Neighbourhood> around(String board, String entrant, int neighbours);
    }

    /** Milliseconds: p50, p90, p99, max. */
    static double[] measure(Around query, int players, int count, Random random) {
        long[] nanos = new long[count];
        for (int i = 0; i < count; i++) {
            String who = player(random.nextInt(players));
            long start = System.nanoTime();
            Neighbourhood n = query.around(BOARD, who, 5).orElseThrow();
            nanos[i] = System.nanoTime() - start;
            if (n.entrant().rank() < 1) {
                throw new AssertionError("bad rank " + n);
            }
        }
        Arrays.sort(nanos);
        return new double[] {
            nanos[count / 2] / 1e6, nanos[(int) (count * 0.9)] / 1e6, nanos[(int) (count * 0.99)] / 1e6,
            nanos[count - 1] / 1e6
        };
    }

    static String row(String name, double[] ms) {
        return String.format("| %s | %.2f | %.2f | %.2f | %.2f |%n", name, ms[0], ms[1], ms[2], ms[3]);
    }

    /** Projects events in batches, one transaction each (as the consumer does); returns events per second. */
    static double project(DataSource pg, int players, int events, int batch,
            Random random, AtomicBoolean stop) throws SQLException {
        String[] topics = {"moe", "fine-tuning", "inference", "alignment", "architecture"};
        long start = System.nanoTime();
        int done = 0;
        String game = UUID.randomUUID().toString();
        while (done < events && !stop.get()) {
            List<ScoreEvent> list = new ArrayList<>(batch);
            for (int i = 0; i < batch; i++) {
                if ((done + i) % 50 == 0) {
                    game = UUID.randomUUID().toString(); // fifty players per game
                }
                String who = player(random.nextInt(players));
                int points = random.nextInt(8_000);
                list.add(new PlayerScored(ScoreEvent.SCHEMA_VERSION, EventIds.playerScored(game, who), Instant.now(),
                        game, "bench", who, "player", "team-" + random.nextInt(20), points, random.nextInt(10), 10, 1,
                        List.of(new TopicScore(topics[random.nextInt(topics.length)], points / 2, 3, 5),
                                new TopicScore(topics[random.nextInt(topics.length)], points - points / 2, 2, 5))));
            }
            try (Connection c = pg.getConnection()) {
                c.setAutoCommit(false);
                new LeaderboardProjector(oneConnection(c), config(batch), new RatingProjector()).project(list);
                c.commit();
            }
            done += batch;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double rate = done / seconds;
        System.out.printf("projected %,d events in %.1f s: %,.0f events/s%n", done, seconds, rate);
        return rate;
    }

    /** Several projector threads at once, each with its own connection, as the consumer runs them. */
    static double projectInParallel(DataSource pg, int players, int events, int batch, int writers)
            throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int w = 0; w < writers; w++) {
            int seed = 100 + w;
            Thread t = new Thread(() -> {
                try {
                    project(pg, players, events / writers, batch, new Random(seed), new AtomicBoolean());
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        double rate = (events / writers) * writers / ((System.nanoTime() - start) / 1e9);
        System.out.printf("%d threads together: %,.0f events/s%n", writers, rate);
        return rate;
    }

    /** A data source that hands out the benchmark's transaction (closing it is the benchmark's job). */
    static DataSource oneConnection(Connection c) {
        Connection unclosable = (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        return null;
                    }
                    try {
                        return method.invoke(c, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        return (DataSource) Proxy.newProxyInstance(
                DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        return unclosable;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    static LeaderboardConfig config(int batch) {
        return new LeaderboardConfig() {
            public ZoneId weekZone() {
                return ZoneId.of("UTC");
            }

            public int batchSize() {
                return batch;
            }

            public int projectors() {
                return 1;
            }

            public Duration batchLinger() {
                return Duration.ofMillis(50);
            }

            public Duration liveMinInterval() {
                return Duration.ofSeconds(1);
            }

            public Duration liveMaxInterval() {
                return Duration.ofSeconds(5);
            }
        };
    }

    private LeaderboardBench() {}
}
