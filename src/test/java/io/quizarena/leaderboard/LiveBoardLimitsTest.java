package io.quizarena.leaderboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A node holds a bounded number of live viewers, and viewers of one board share it. */
@QuarkusTest
@TestProfile(LiveBoardLimitsTest.ThreeViewers.class)
class LiveBoardLimitsTest {

    public static class ThreeViewers implements QuarkusTestProfile {
        @Override
        public String getConfigProfile() {
            return System.getProperty("quarkus.test.profile", "test");
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("arena.leaderboard.live-max-viewers", "3");
        }
    }

    @Inject
    LiveBoards live;

    @TestHTTPResource("/")
    URL base;

    final HttpClient client = HttpClient.newHttpClient();

    @Test
    void theFourthViewerIsRefusedUntilOneLeaves() throws Exception {
        List<InputStream> streams = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                streams.add(openAndReadFirstPage("global"));
            }
            assertThat(live.viewers()).isEqualTo(3);
            assertThat(live.boardsWatched())
                    .as("three viewers of one board share it")
                    .isEqualTo(1);

            HttpResponse<InputStream> refused = open("weekly");
            refused.body().close();
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");

            streams.remove(0).close();
            await().atMost(Duration.ofSeconds(10)).until(() -> live.viewers() == 2);
            streams.add(openAndReadFirstPage("weekly"));
            assertThat(live.boardsWatched()).isEqualTo(2);
        } finally {
            for (InputStream s : streams) {
                s.close();
            }
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> live.viewers() == 0);
        assertThat(live.boardsWatched())
                .as("boards nobody watches are forgotten")
                .isZero();
    }

    private HttpResponse<InputStream> open(String board) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "api/leaderboards/" + board + "/live"))
                .header("Accept", "text/event-stream")
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    }

    private InputStream openAndReadFirstPage(String board) throws Exception {
        HttpResponse<InputStream> response = open(board);
        assertThat(response.statusCode()).isEqualTo(200);
        BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));
        for (String line; (line = lines.readLine()) != null; ) {
            if (line.startsWith("data:")) {
                return response.body();
            }
        }
        throw new AssertionError("the stream ended before its first page");
    }
}
