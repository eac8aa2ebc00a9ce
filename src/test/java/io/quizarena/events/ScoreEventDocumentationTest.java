package io.quizarena.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keeps the score events in docs/asyncapi.yaml true to what the code writes, field by field. */
class ScoreEventDocumentationTest {

    static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void everyFieldOfEveryEventIsDocumented() throws IOException {
        String doc = Files.readString(Path.of("docs/asyncapi.yaml"));
        Instant now = Instant.parse("2026-12-01T10:00:00Z");
        List<ScoreEvent> events = List.of(
                new PlayerScored(
                        1,
                        EventIds.playerScored("g", "p"),
                        now,
                        "g",
                        "q",
                        "guest:g_x",
                        "Ada",
                        "red",
                        10,
                        1,
                        1,
                        1,
                        List.of(new PlayerScored.TopicScore("moe", 10, 1, 1))),
                new GameFinished(1, EventIds.gameFinished("g"), now, "g", "q", "host", "FINISHED", 1, 1, now));
        for (ScoreEvent event : events) {
            JsonNode json = JSON.readTree(JSON.writerFor(ScoreEvent.class).writeValueAsString(event));
            assertThat(json.get("type").asText()).isEqualTo(event.typeName());
            assertThat(doc).contains("name: " + event.typeName());
            for (Iterator<String> names = json.fieldNames(); names.hasNext(); ) {
                String field = names.next();
                assertThat(doc).as("field %s of %s", field, event.typeName()).containsPattern("\\n\\s+" + field + ":");
            }
        }
        assertThat(doc).contains("address: quiz-arena.score-events");
    }

    @Test
    void eventIdsAreStableAndDistinct() {
        assertThat(EventIds.playerScored("game", "p1")).isEqualTo(EventIds.playerScored("game", "p1"));
        assertThat(EventIds.playerScored("game", "p1")).isNotEqualTo(EventIds.playerScored("game", "p2"));
        assertThat(EventIds.gameFinished("game")).isNotEqualTo(EventIds.playerScored("game", "p1"));
    }
}
