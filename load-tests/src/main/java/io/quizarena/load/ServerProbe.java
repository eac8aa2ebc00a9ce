package io.quizarena.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the server process from outside: CPU time and RSS from /proc, heap through jcmd, GC pauses from its log. */
final class ServerProbe {

    private static final Pattern HEAP_USED = Pattern.compile("used (\\d+)K");
    private static final Pattern GC_PAUSE = Pattern.compile("Pause.* (\\d+\\.\\d+)ms");
    private final long pid;
    private final long ticksPerSecond = 100; // USER_HZ on Linux

    ServerProbe(long pid) {
        this.pid = pid;
    }

    boolean enabled() {
        return pid > 0;
    }

    /** User plus system CPU time of the server, in milliseconds. */
    long cpuMillis() throws IOException {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
        return ticks * 1000 / ticksPerSecond;
    }

    long rssKib() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }

    /** Heap in use right after a full GC, in KiB (jcmd GC.run, then GC.heap_info). */
    long heapAfterGcKib() throws IOException, InterruptedException {
        jcmd("GC.run");
        String info = jcmd("GC.heap_info");
        long used = 0;
        Matcher m = HEAP_USED.matcher(info);
        if (m.find()) {
            used = Long.parseLong(m.group(1));
        }
        return used;
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(List.of("jcmd", String.valueOf(pid), command))
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor(60, TimeUnit.SECONDS);
        return out;
    }

    /** Count, total and longest GC pause in the log so far, skipping the first {@code skipLines} lines. */
    static double[] gcPauses(String gcLog, int skipLines) throws IOException {
        if (gcLog == null || !Files.exists(Path.of(gcLog))) {
            return new double[] {0, 0, 0};
        }
        List<String> lines = Files.readAllLines(Path.of(gcLog));
        double count = 0;
        double total = 0;
        double max = 0;
        for (int i = Math.min(skipLines, lines.size()); i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.contains("GC.run") || line.contains("System.gc()") || line.contains("Diagnostic Command")) {
                // our own heap measurements (jcmd GC.run; JDK 17 logs it as "Pause Full (Diagnostic Command)")
                continue;
            }
            Matcher m = GC_PAUSE.matcher(line);
            if (m.find()) {
                double ms = Double.parseDouble(m.group(1));
                count++;
                total += ms;
                max = Math.max(max, ms);
            }
        }
        return new double[] {count, total, max};
    }

    static int lines(String gcLog) throws IOException {
        return gcLog == null || !Files.exists(Path.of(gcLog)) ? 0 : Files.readAllLines(Path.of(gcLog)).size();
    }
}
