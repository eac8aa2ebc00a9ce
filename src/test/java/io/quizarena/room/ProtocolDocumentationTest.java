package io.quizarena.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keeps docs/asyncapi.yaml true to the code: every frame type and error code the room uses is documented. */
class ProtocolDocumentationTest {

    private static final List<Path> SOURCES = List.of(
            Path.of("src/main/java/io/quizarena/room"),
            Path.of("src/main/java/io/quizarena/game"),
            Path.of("src/main/java/io/quizarena/battle"),
            Path.of("src/main/java/io/quizarena/socket"));

    private static Set<String> find(Pattern pattern) throws IOException {
        Set<String> found = new TreeSet<>();
        for (Path folder : SOURCES) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Matcher m = pattern.matcher(Files.readString(file));
                    while (m.find()) {
                        found.add(m.group(1));
                    }
                }
            }
        }
        return found;
    }

    @Test
    void everyFrameTypeAndErrorCodeIsInTheAsyncApiDocument() throws IOException {
        String doc = Files.readString(Path.of("docs/asyncapi.yaml"));
        Set<String> frames = find(Pattern.compile("Frames\\.of\\(\"([a-z_]+)\""));
        Set<String> inbound = find(Pattern.compile("case \"([a-z_]+)\" ->"));
        Set<String> errors = find(Pattern.compile("(?:ProtocolException\\(|Frames\\.error\\()\\s*\"([a-z_]+)\""));
        errors.addAll(Set.of("invalid_answer", "answer_too_long"));
        assertThat(frames).contains("question", "reveal", "answer_ack", "podium");
        assertThat(inbound).contains("join", "answer", "hello", "kick");
        for (String type : frames) {
            assertThat(doc).as("frame type %s", type).contains("const: " + type + "}");
        }
        for (String type : inbound) {
            assertThat(doc).as("inbound type %s", type).contains("const: " + type + "}");
        }
        for (String code : errors) {
            assertThat(doc).as("error code %s", code).containsPattern("[\\[ ,]" + code + "[,\\]]");
        }
    }
}
