package io.quizarena.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What the packaged prod build (target/quarkus-app) leaves out: the dev-mode Qute debugger and the local users. */
class PackagedContentsIT {

    private static final Path APP = Path.of("target", "quarkus-app");

    @Test
    void noQuteDebugger() throws IOException {
        try (Stream<Path> libraries = Files.walk(APP.resolve("lib"))) {
            List<String> names =
                    libraries.map(path -> path.getFileName().toString()).toList();
            assertThat(names).anyMatch(name -> name.contains("qute-core"));
            assertThat(names).noneMatch(name -> name.contains("qute-debug"));
        }
    }

    @Test
    void noDevelopmentUsersInThePackagedConfiguration() throws IOException {
        Path jar;
        try (Stream<Path> jars = Files.list(APP.resolve("app"))) {
            jar = jars.filter(path -> path.toString().endsWith(".jar"))
                    .findFirst()
                    .orElseThrow();
        }
        try (JarFile app = new JarFile(jar.toFile())) {
            String properties = new String(
                    app.getInputStream(app.getEntry("application.properties")).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(properties).doesNotContain("quarkus.security.users.embedded.users.");
            assertThat(properties).doesNotContain("quarkus.security.users.embedded.roles.");
            assertThat(app.stream().map(entry -> entry.getName()))
                    .noneMatch(name -> name.matches("(?i).*(users|roles)\\.properties"));
        }
    }
}
