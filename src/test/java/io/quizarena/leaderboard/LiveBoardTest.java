package io.quizarena.leaderboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The live board stream: the board at once, then again after a change, over a real HTTP connection. */
@QuarkusTest
class LiveBoardTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    LeaderboardProjector projector;

    @Inject
    BoardChanges changes;

    @TestHTTPResource("/")
    URL base;

    @Test
    void aViewerGetsTheBoardAtOnceAndAgainWhenItChanges() throws Exception {
        String game = UUID.randomUUID().toString();
        projector.project(List.of(LeaderboardProjectionTest.scored(game, "first", 500, null)));
        BlockingQueue<JsonNode> pages = new ArrayBlockingQueue<>(100);
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(base + "api/leaderboards/game-" + game + "/live?limit=5"))
                .header("Accept", "text/event-stream")
                .build();
        HttpResponse<java.io.InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        Thread reader = new Thread(() -> {
            try (BufferedReader lines =
                    new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    if (line.startsWith("data:")) {
                        pages.add(JSON.readTree(line.substring(5).trim()));
                    }
                }
            } catch (Exception e) {
                // the stream ends when the test closes it
            }
        });
        reader.setDaemon(true);
        reader.start();
        try {
            JsonNode now = pages.poll(10, TimeUnit.SECONDS);
            assertThat(now).as("the current board, at once").isNotNull();
            assertThat(now.get("rows")).hasSize(1);

            // the consumer reports its changes to BoardChanges after each batch, as here
            changes.changed(projector
                    .project(List.of(LeaderboardProjectionTest.scored(game, "second", 900, null)))
                    .boards());
            JsonNode changed = pages.poll(10, TimeUnit.SECONDS);
            assertThat(changed).as("the board again, after the change").isNotNull();
            assertThat(changed.get("rows")).hasSize(2);
            assertThat(changed.get("rows").get(0).get("entrant").asText()).isEqualTo("guest:second");
            assertThat(changed.get("rows").get(0).get("rank").asInt()).isEqualTo(1);
            // nothing changed since: no repeat of the same page within the refresh interval
            assertThat(pages.poll(2, TimeUnit.SECONDS)).isNull();
        } finally {
            response.body().close();
        }
    }

    @Test
    void aBadLimitIsAProblemNotAStream() {
        io.restassured.RestAssured.given()
                .get("/api/leaderboards/global/live?limit=0")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }
}
