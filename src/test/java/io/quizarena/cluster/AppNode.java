package io.quizarena.cluster;

import io.quizarena.packaged.LocalServices;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The packaged application (target/quarkus-app, the prod profile) as a process of its own, against the real services
 * of deploy/local: what a pod runs. Killed with SIGKILL, or stopped with SIGTERM as Kubernetes does.
 */
final class AppNode implements AutoCloseable {

    /** How long a room's lease lasts in these nodes: short, so a takeover after a crash comes quickly. */
    static final String LEASE = "6s";

    private static final AtomicInteger STARTS = new AtomicInteger();

    final String name;
    final int port;
    final Path log;
    private final Process process;

    private AppNode(String name, int port, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    static AppNode start(String name) throws IOException, InterruptedException {
        return start(name, Map.of());
    }

    /** @param settings more environment for this node (for example a battle's shape) */
    static AppNode start(String name, Map<String, String> settings) throws IOException, InterruptedException {
        Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("no packaged application at " + jar + ": run ./mvnw verify -Pit");
        }
        int port = freePort();
        // one file per start, so that the logs of every test stay (for example node-a-3.log)
        Path log = Path.of("target", "cluster-it", name + "-" + STARTS.incrementAndGet() + ".log");
        Files.createDirectories(log.getParent());
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx384m", "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.putAll(environment(name, port));
        env.putAll(settings);
        AppNode node = new AppNode(name, port, log, builder.start());
        node.awaitReady();
        return node;
    }

    private static Map<String, String> environment(String name, int port) {
        Map<String, String> env = new HashMap<>();
        // the services of the black-box tests, as environment variables (QUIZ_DB_HOST, quarkus.http.host ...)
        new LocalServices()
                .getConfigOverrides()
                .forEach((key, value) -> env.put(key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_"), value));
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        env.put("ARENA_CLUSTER_NODE_ID", name);
        env.put("ARENA_CLUSTER_ADVERTISED_URL", "http://127.0.0.1:" + port);
        env.put("ARENA_CLUSTER_LEASE", LEASE);
        // as in production (the black-box settings turn both off)
        env.put("ARENA_CLUSTER_ADOPT_ORPHANS", "true");
        env.put("ARENA_BATTLE_MATCH_INTERVAL_MILLIS", "500");
        return env;
    }

    String http() {
        return "http://127.0.0.1:" + port;
    }

    String ws(String path) {
        return "ws://127.0.0.1:" + port + path;
    }

    private void awaitReady() throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited while starting; see " + log);
            }
            try {
                HttpResponse<String> ready = client.send(
                        HttpRequest.newBuilder(URI.create(http() + "/q/health/ready"))
                                .timeout(Duration.ofSeconds(2))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(name + " not ready in 120 s; see " + log);
    }

    /** SIGKILL: the node is gone at once, as when its machine dies. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM, as Kubernetes sends; returns how long the node took to exit. */
    Duration terminate() {
        long start = System.nanoTime();
        process.destroy();
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** Waits for the process to exit; true if it did within the time. */
    boolean awaitExit(Duration within) throws InterruptedException {
        return process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS);
    }

    String logText() throws IOException {
        return Files.readString(log);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
