package io.quizarena.packaged;

import io.restassured.RestAssured;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;

/**
 * A plain WebSocket client of the packaged application, as a phone or the host's screen is: it connects, sends JSON
 * messages and keeps every frame it receives, in order.
 */
final class GameSocket implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(30);

    private final WebSocketClient client;
    private final List<JsonObject> frames = new ArrayList<>();
    private final WebSocket socket;
    private int consumed;
    private volatile Integer closeCode;

    private GameSocket(Vertx vertx, String path, String bearerToken) {
        client = vertx.createWebSocketClient(new WebSocketClientOptions().setMaxFrameSize(1 << 20));
        WebSocketConnectOptions connect = new WebSocketConnectOptions()
                .setHost("127.0.0.1")
                .setPort(RestAssured.port)
                .setURI(path);
        if (bearerToken != null) {
            connect.addHeader("Authorization", "Bearer " + bearerToken);
        }
        try {
            socket = client.connect(connect)
                    .onSuccess(ws -> {
                        ws.textMessageHandler(text -> {
                            synchronized (frames) {
                                frames.add(new JsonObject(text));
                            }
                        });
                        ws.closeHandler(
                                v -> closeCode = ws.closeStatusCode() == null ? -1 : (int) ws.closeStatusCode());
                    })
                    .toCompletionStage()
                    .toCompletableFuture()
                    .get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("could not connect to " + path, e);
        }
    }

    /** A player's phone: anonymous. */
    static GameSocket player(Vertx vertx, String pin) {
        return new GameSocket(vertx, "/ws/play/" + pin, null);
    }

    /** The host's screen, signed in with a Keycloak token. */
    static GameSocket host(Vertx vertx, String pin, String token) {
        return new GameSocket(vertx, "/ws/host/" + pin, token);
    }

    void send(JsonObject message) {
        socket.writeTextMessage(message.encode());
    }

    /** Waits for the next frame of this type not consumed yet; consumes it and every frame before it. */
    JsonObject await(String type) {
        JsonObject[] found = new JsonObject[1];
        Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(10)).until(() -> {
            synchronized (frames) {
                for (int i = consumed; i < frames.size(); i++) {
                    if (type.equals(frames.get(i).getString("type"))) {
                        consumed = i + 1;
                        found[0] = frames.get(i);
                        return true;
                    }
                }
                return false;
            }
        });
        return found[0];
    }

    int awaitClose() {
        Awaitility.await().atMost(WAIT).until(() -> closeCode != null);
        return closeCode;
    }

    @Override
    public void close() {
        if (!socket.isClosed()) {
            socket.close();
        }
        client.close();
    }
}
