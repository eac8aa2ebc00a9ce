package io.quizarena.room;

import io.restassured.RestAssured;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;

/** A real WebSocket client for tests: records every frame it receives and how it was closed. */
public final class TestSocket implements AutoCloseable {

    public static final Duration WAIT = Duration.ofSeconds(20);

    private final WebSocketClient client;
    private final List<String> frames = new ArrayList<>();
    private WebSocket socket;
    private int consumed;
    private volatile Integer closeCode;
    private volatile String closeReason;

    private TestSocket(WebSocketClient client) {
        this.client = client;
    }

    public static TestSocket open(Vertx vertx, String path) {
        return open(vertx, path, null, null);
    }

    public static TestSocket host(Vertx vertx, String pin, String user) {
        return open(vertx, "/ws/host/" + pin, user, null);
    }

    public static TestSocket open(Vertx vertx, String path, String basicUser, String localAddress) {
        WebSocketClientOptions options =
                new WebSocketClientOptions().setMaxFrameSize(1 << 20).setTryUsePerMessageCompression(false);
        if (localAddress != null) {
            options.setLocalAddress(localAddress);
        }
        WebSocketConnectOptions connect = new WebSocketConnectOptions()
                .setHost("127.0.0.1")
                .setPort(RestAssured.port)
                .setURI(path);
        if (basicUser != null) {
            String credentials = basicUser + ":" + basicUser;
            connect.addHeader(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        TestSocket test = new TestSocket(vertx.createWebSocketClient(options));
        CompletableFuture<Void> connected = new CompletableFuture<>();
        test.client.connect(connect).onComplete(result -> {
            if (result.failed()) {
                connected.completeExceptionally(result.cause());
                return;
            }
            // handlers go on in the completion callback, on the socket's context: no frame can slip past
            test.listen(result.result());
            connected.complete(null);
        });
        try {
            connected.get(20, TimeUnit.SECONDS);
            return test;
        } catch (Exception e) {
            throw new AssertionError("could not connect to " + path, e);
        }
    }

    private void listen(WebSocket webSocket) {
        this.socket = webSocket;
        if (webSocket.isClosed()) {
            closed();
            return;
        }
        webSocket.textMessageHandler(text -> {
            synchronized (frames) {
                frames.add(text);
            }
        });
        webSocket.closeHandler(v -> closed());
    }

    private void closed() {
        closeReason = socket.closeReason();
        closeCode = socket.closeStatusCode() == null ? -1 : (int) socket.closeStatusCode();
    }

    public void send(JsonObject message) {
        sendRaw(message.encode());
    }

    public void sendRaw(String text) {
        if (!socket.isClosed()) {
            socket.writeTextMessage(text);
        }
    }

    public void sendBinary(byte[] data) {
        if (!socket.isClosed()) {
            socket.writeBinaryMessage(io.vertx.core.buffer.Buffer.buffer(data));
        }
    }

    /** Waits for the next not yet consumed frame of this type, consumes it and the frames before it. */
    public JsonObject await(String type) {
        JsonObject[] found = new JsonObject[1];
        Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(5)).until(() -> {
            synchronized (frames) {
                for (int i = consumed; i < frames.size(); i++) {
                    JsonObject frame = new JsonObject(frames.get(i));
                    if (type.equals(frame.getString("type"))) {
                        consumed = i + 1;
                        found[0] = frame;
                        return true;
                    }
                }
                return false;
            }
        });
        return found[0];
    }

    /** Whether a frame of this type has arrived that {@link #await} has not taken yet. */
    public boolean hasPending(String type) {
        synchronized (frames) {
            for (int i = consumed; i < frames.size(); i++) {
                if (type.equals(new JsonObject(frames.get(i)).getString("type"))) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Waits for an error frame with this code. */
    public JsonObject awaitError(String code) {
        while (true) {
            JsonObject error = await("error");
            if (code.equals(error.getString("code"))) {
                return error;
            }
        }
    }

    public int awaitClose() {
        Awaitility.await().atMost(WAIT).until(() -> closeCode != null);
        return closeCode;
    }

    public String closeReason() {
        return closeReason;
    }

    public boolean isClosed() {
        return closeCode != null;
    }

    /** Every frame received so far, in order. */
    public List<String> frames() {
        synchronized (frames) {
            return List.copyOf(frames);
        }
    }

    @Override
    public void close() {
        if (socket != null && !socket.isClosed()) {
            socket.close();
        }
        client.close();
    }
}
