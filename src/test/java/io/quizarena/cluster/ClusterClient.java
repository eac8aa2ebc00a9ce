package io.quizarena.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * A player's or host's client, written from docs/asyncapi.yaml: one socket at a time, every frame it ever got (across
 * reconnections) in order, and how each socket closed. Comes back after a move the way the browser client does.
 */
final class ClusterClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    final String name;
    private final String bearer;
    private final List<JsonNode> frames = new ArrayList<>();
    private int taken;
    private WebSocket socket;
    private CompletableFuture<Integer> closed = new CompletableFuture<>();

    ClusterClient(String name, String bearer) {
        this.name = name;
        this.bearer = bearer;
    }

    /** Opens a socket; false when the server refused or closed it before it opened. */
    boolean connect(String url) {
        closed = new CompletableFuture<>();
        CompletableFuture<Integer> myClose = closed;
        WebSocket.Builder builder = HTTP.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5));
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        try {
            socket = builder.buildAsync(URI.create(url), new WebSocket.Listener() {
                        private final StringBuilder partial = new StringBuilder();

                        @Override
                        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                            partial.append(data);
                            if (last) {
                                received(partial.toString());
                                partial.setLength(0);
                            }
                            ws.request(1);
                            return null;
                        }

                        @Override
                        public CompletionStage<?> onClose(WebSocket ws, int code, String reason) {
                            myClose.complete(code);
                            return null;
                        }

                        @Override
                        public void onError(WebSocket ws, Throwable error) {
                            myClose.complete(1006);
                        }
                    })
                    .get(10, TimeUnit.SECONDS);
            return true;
        } catch (Exception e) {
            myClose.complete(1006);
            return false;
        }
    }

    private synchronized void received(String text) {
        try {
            frames.add(JSON.readTree(text));
            notifyAll();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(name + " got a frame that is not JSON: " + text, e);
        }
    }

    void send(String json) {
        socket.sendText(json, true).join();
    }

    /** The next frame of this type not yet taken, waiting for it. */
    synchronized JsonNode await(String type, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            for (int i = taken; i < frames.size(); i++) {
                if (type.equals(frames.get(i).path("type").asText())) {
                    taken = i + 1;
                    return frames.get(i);
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError(name + " got no " + type + " in " + within + "; got " + types());
            }
            wait(TimeUnit.NANOSECONDS.toMillis(left) + 1);
        }
    }

    synchronized List<JsonNode> all(String type) {
        return frames.stream().filter(f -> type.equals(f.path("type").asText())).toList();
    }

    synchronized List<String> types() {
        return frames.stream().map(f -> f.path("type").asText()).toList();
    }

    /** How the current socket closed, waiting for it. */
    int awaitClose(Duration within) throws Exception {
        return closed.get(within.toMillis(), TimeUnit.MILLISECONDS);
    }

    boolean isClosed() {
        return closed.isDone();
    }

    /**
     * Comes back to {@code url} as the browser client does after a close it may retry (1012 moved, 1013 try again,
     * 1006 gone): it reconnects with backoff, sends {@code first} (resume or hello), and is back when {@code reply}
     * arrives. Returns the reply.
     */
    JsonNode comeBack(String url, String first, String reply, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        long backoff = 250;
        while (System.nanoTime() < deadline) {
            int seen = countOf(reply);
            if (connect(url)) {
                try {
                    send(first);
                } catch (RuntimeException closedMeanwhile) {
                    // the socket closed before the first frame: try again
                }
                long until = System.currentTimeMillis() + 3_000;
                while (System.currentTimeMillis() < until && !closed.isDone() && countOf(reply) == seen) {
                    Thread.sleep(25);
                }
                if (countOf(reply) > seen && !closed.isDone()) {
                    return takeLast(reply);
                }
                if (closed.isDone()) {
                    int code = closed.getNow(1006);
                    if (code != 1012 && code != 1013 && code != 1006) {
                        throw new AssertionError(name + " came back and was closed with " + code + "; got " + types());
                    }
                }
            }
            Thread.sleep(backoff);
            backoff = Math.min(2_000, backoff * 2);
        }
        throw new AssertionError(name + " could not come back in " + within + "; got " + types());
    }

    /** The latest frame of this type; everything before it counts as taken. */
    private synchronized JsonNode takeLast(String type) {
        for (int i = frames.size() - 1; i >= 0; i--) {
            if (type.equals(frames.get(i).path("type").asText())) {
                taken = i + 1;
                return frames.get(i);
            }
        }
        throw new AssertionError(name + " got no " + type);
    }

    private synchronized int countOf(String type) {
        return (int) frames.stream()
                .filter(f -> type.equals(f.path("type").asText()))
                .count();
    }

    void close() {
        if (socket != null && !closed.isDone()) {
            socket.sendClose(1000, "bye");
        }
    }
}
