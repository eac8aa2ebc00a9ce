package io.quizarena.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * What else runs on the machine during a run: the whole machine's CPU (from /proc/stat), the driver's own CPU, and
 * the CPU of the PostgreSQL processes that serve the load test's database (its backends, found by the database name
 * in their process title, and the server's WAL writer, checkpointer and background writer, which it shares with any
 * other database of the cluster). Linux only; every figure is -1 when /proc cannot be read.
 */
final class HostProbe {

    private static final long TICKS_PER_SECOND = 100; // USER_HZ on Linux

    private final String database;
    /** PostgreSQL process id -> its CPU ticks when first seen, and when last seen (processes come and go). */
    private final Map<Long, long[]> postgres = new HashMap<>();
    private boolean started;

    HostProbe(String database) {
        this.database = database;
    }

    /** Busy and total ticks of all CPUs together since boot. */
    static long[] machineTicks() {
        try {
            String cpu = Files.readAllLines(Path.of("/proc/stat")).get(0); // "cpu  user nice system idle iowait ..."
            String[] f = cpu.trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < f.length && i <= 8; i++) {
                total += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
            return new long[] {total - idle, total};
        } catch (IOException | RuntimeException e) {
            return new long[] {-1, -1};
        }
    }

    /** Share of the machine's CPU time that was busy between two {@link #machineTicks} readings, in percent. */
    static double busyPercent(long[] before, long[] after) {
        long total = after[1] - before[1];
        return before[0] < 0 || total <= 0 ? -1 : Math.round(1000.0 * (after[0] - before[0]) / total) / 10.0;
    }

    /** User plus system CPU of this process (the driver), in milliseconds. */
    static long selfCpuMillis() {
        try {
            return ticks(Files.readString(Path.of("/proc/self/stat"))) * 1000 / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Looks at the PostgreSQL processes now; call it at the start, now and then, and at the end. */
    synchronized void samplePostgres() {
        try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path proc : procs) {
                try {
                    String title = new String(Files.readAllBytes(proc.resolve("cmdline")), StandardCharsets.UTF_8)
                            .replace('\0', ' ');
                    if (!title.startsWith("postgres: ") || !counts(title)) {
                        continue;
                    }
                    long t = ticks(Files.readString(proc.resolve("stat")));
                    long pid = Long.parseLong(proc.getFileName().toString());
                    // at the first sample only what comes next counts; a process born later counts from zero
                    long[] seen = postgres.computeIfAbsent(pid, k -> new long[] {started ? 0 : t, t});
                    seen[1] = t;
                } catch (IOException | RuntimeException e) {
                    // the process ended while we looked
                }
            }
        } catch (IOException e) {
            // no /proc
        }
        started = true;
    }

    private boolean counts(String title) {
        return title.contains(" " + database + " ")
                || title.contains("walwriter")
                || title.contains("checkpointer")
                || title.contains("background writer");
    }

    /** CPU the PostgreSQL processes spent since the first sample, in milliseconds. */
    synchronized long postgresCpuMillis() {
        long ticks = 0;
        for (long[] seen : postgres.values()) {
            ticks += seen[1] - seen[0];
        }
        return ticks * 1000 / TICKS_PER_SECOND;
    }

    private static long ticks(String stat) {
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }
}
