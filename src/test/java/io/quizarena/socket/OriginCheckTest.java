package io.quizarena.socket;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.vertx.core.Vertx;
import io.vertx.core.http.UpgradeRejectedException;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every socket refuses (403) an upgrade a page of another site asked for, and accepts its own site's pages, the public
 * URL's, the configured extra origins' and programs that send no Origin (docs/adr/0012).
 */
@QuarkusTest
@TestProfile(OriginCheckTest.Origins.class)
class OriginCheckTest {

    public static class Origins implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "arena.room.public-url", "https://quiz.example.org",
                    "arena.socket.extra-origins", "https://slides.example.org:8443,http://LEGACY.example.org");
        }

        @Override
        public String getConfigProfile() {
            return System.getProperty("quarkus.test.profile", "test");
        }
    }

    /** Each endpoint, with what it needs to pass its own checks (the host socket wants a host). */
    private static final Map<String, String> ENDPOINTS = Map.of(
            "/ws/play/000000", "",
            "/ws/host/000000", "host",
            "/ws/battle/no-such-battle", "",
            "/ws/matchmaking", "");

    private static final int SWITCHING_PROTOCOLS = 101;

    @Inject
    Vertx vertx;

    private WebSocketClient client;

    @BeforeEach
    void client() {
        client = vertx.createWebSocketClient();
    }

    @AfterEach
    void closeClient() throws Exception {
        client.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void aPageOfAnotherSiteIsRefusedOnEverySocket() {
        List<String> forged = List.of(
                "https://evil.example",
                "https://evil.quiz.example.org", // a sibling subdomain: same site, other origin
                "http://quiz.example.org", // the public host, but not over https
                "https://slides.example.org", // an extra origin's host on another port
                "http://127.0.0.1:1", // this server's host on another port
                "null"); // a sandboxed frame or a file
        ENDPOINTS.forEach((path, user) -> {
            for (String origin : forged) {
                assertThat(upgrade(path, user, origin))
                        .as(path + " from " + origin)
                        .isEqualTo(403);
            }
        });
    }

    @Test
    void theSitesOwnPagesThePublicUrlTheExtraOriginsAndProgramsAreAccepted() {
        List<String> allowed = List.of(
                "http://127.0.0.1:" + RestAssured.port, // same origin: the Host this request was sent to
                "http://127.0.0.1:" + RestAssured.port + "/", // as some clients write it
                "https://quiz.example.org", // arena.room.public-url
                "https://QUIZ.example.org:443", // the same, spelled otherwise
                "https://slides.example.org:8443", // arena.socket.extra-origins
                "http://legacy.example.org");
        ENDPOINTS.forEach((path, user) -> {
            for (String origin : allowed) {
                assertThat(upgrade(path, user, origin))
                        .as(path + " from " + origin)
                        .isEqualTo(101);
            }
            assertThat(upgrade(path, user, null)).as(path + " without Origin").isEqualTo(101);
        });
    }

    /** The upgrade's status: 101 when the socket opened (it is closed again at once), else the refusal's. */
    private int upgrade(String path, String user, String origin) {
        WebSocketConnectOptions options = new WebSocketConnectOptions()
                .setHost("127.0.0.1")
                .setPort(RestAssured.port)
                .setURI(path)
                // without it Vert.x sends none; with it, ours (or, with none given, one of its own)
                .setAllowOriginHeader(origin != null);
        if (origin != null) {
            options.addHeader("Origin", origin);
        }
        if (!user.isEmpty()) {
            String credentials = user + ":" + user;
            options.addHeader(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        try {
            WebSocket socket = client.connect(options)
                    .toCompletionStage()
                    .toCompletableFuture()
                    .get(20, TimeUnit.SECONDS);
            socket.close();
            return SWITCHING_PROTOCOLS;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UpgradeRejectedException rejected) {
                return rejected.getStatus();
            }
            throw new AssertionError("could not reach " + path, e);
        } catch (Exception e) {
            throw new AssertionError("could not reach " + path, e);
        }
    }
}
