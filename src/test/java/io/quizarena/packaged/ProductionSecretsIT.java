package io.quizarena.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The packaged prod build (target/quarkus-app) refuses to start without a real secret, and says which one: started
 * as a process with the black-box tests' settings of deploy/local but one secret missing or a placeholder.
 */
class ProductionSecretsIT {

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");

    @Test
    void aMissingGuestSecretStopsTheStartNamingItsVariable() throws Exception {
        Map<String, String> env = settings();
        env.remove("ARENA_ROOM_GUEST_SECRET");
        Started app = start("missing-guest-secret", env);
        assertThat(app.exitCode).as(app.output).isNotZero();
        assertThat(app.output).contains("ARENA_ROOM_GUEST_SECRET");
    }

    @Test
    void aPlaceholderClusterSecretStopsTheStartNamingTheSetting() throws Exception {
        Map<String, String> env = settings();
        env.put("ARENA_CLUSTER_SECRET", "change-me-to-a-long-random-string");
        Started app = start("placeholder-cluster-secret", env);
        assertThat(app.exitCode).as(app.output).isNotZero();
        assertThat(app.output)
                .contains("arena.cluster.secret (environment variable ARENA_CLUSTER_SECRET) is a development"
                        + " placeholder");
    }

    /** The settings the other black-box tests start the application with, as environment variables. */
    private static Map<String, String> settings() {
        Map<String, String> env = new HashMap<>();
        new LocalServices()
                .getConfigOverrides()
                .forEach((key, value) -> env.put(key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_"), value));
        env.put("QUARKUS_HTTP_PORT", "0");
        env.put("ARENA_CLUSTER_NODE_ID", "secrets-it");
        return env;
    }

    private record Started(int exitCode, String output) {}

    private static Started start(String name, Map<String, String> env) throws IOException, InterruptedException {
        assertThat(JAR)
                .as("the packaged application: ./mvnw package -DskipTests")
                .exists();
        Path log = Path.of("target", "secrets-it", name + ".log");
        Files.createDirectories(log.getParent());
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-jar", JAR.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().remove("ARENA_ROOM_GUEST_SECRET");
        builder.environment().remove("ARENA_CLUSTER_SECRET");
        builder.environment().putAll(env);
        Process process = builder.start();
        try {
            // a start that is not refused would keep running: that is a failure too, after a bound
            boolean exited = process.waitFor(120, TimeUnit.SECONDS);
            String output = Files.readString(log);
            assertThat(exited).as("the application started anyway:\n" + output).isTrue();
            return new Started(process.exitValue(), output);
        } finally {
            process.destroyForcibly();
        }
    }
}
