package io.quizarena.room;

import io.quarkus.websockets.next.HandshakeRequest;
import io.quarkus.websockets.next.UserData;
import io.quarkus.websockets.next.WebSocketConnection;
import io.quizarena.cluster.ClusterNode;
import io.quizarena.game.CloseCodes;
import io.quizarena.game.Game;
import io.quizarena.socket.RelaySignature;
import io.quizarena.socket.SocketFailures;
import io.quizarena.socket.SocketRelay;
import io.vertx.core.Context;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocketClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Gets a room socket to its room wherever the room runs. A room this node runs is served at once. Otherwise the
 * connection waits (its frames kept, a few) while the {@link RoomDirectory} finds the room: restored here, it is
 * served here; run by a live owner, the socket is relayed there; unknown, it closes with 4404.
 */
@ApplicationScoped
class RoomRouting {

    private static final UserData.TypedKey<Waiting> KEY = new UserData.TypedKey<>("quiz-arena.route");
    private static final List<String> FORWARDED = List.of("Authorization", "Cookie", "Accept-Language", "User-Agent");

    /** A connection whose room is being looked up, or that is relayed to the owner. */
    private static final class Waiting {
        final Queue<String> frames = new ArrayDeque<>();
        SocketRelay relay;
        boolean closed;
    }

    private final RoomDirectory directory;
    private final RoomConfig config;
    private final RelaySignature signature;
    private final Vertx vertx;
    private volatile WebSocketClient client;

    RoomRouting(RoomDirectory directory, RoomConfig config, ClusterNode node, Vertx vertx) {
        this.directory = directory;
        this.config = config;
        this.signature = new RelaySignature(node.config().secret().orElse(null));
        this.vertx = vertx;
    }

    /** The address a connection counts against: the client's, vouched for by a relaying node, or the peer's. */
    String clientAddress(WebSocketConnection connection) {
        String vouched = relayedFor(connection);
        return vouched != null ? vouched : connection.handshakeRequest().remoteAddress();
    }

    /** Whether another node passed this connection on (and counted its attempt already). */
    boolean relayed(WebSocketConnection connection) {
        return relayedFor(connection) != null;
    }

    private String relayedFor(WebSocketConnection connection) {
        return signature.verify(
                connection.handshakeRequest().header(RelaySignature.HEADER), System.currentTimeMillis());
    }

    /**
     * Routes a new connection. {@code serve} binds it to a room this node runs; {@code receive} takes the frames that
     * arrived meanwhile; {@code unknown} runs before a 4404.
     */
    void open(
            WebSocketConnection connection,
            Consumer<Game> serve,
            BiConsumer<WebSocketConnection, String> receive,
            Runnable unknown) {
        String pin = connection.pathParam("pin");
        Game game = directory.local(pin);
        if (game != null) {
            serve.accept(game);
            return;
        }
        Waiting waiting = new Waiting();
        connection.userData().put(KEY, waiting);
        Context context = Vertx.currentContext();
        directory
                .route(pin)
                .whenComplete((route, failure) -> context.runOnContext(v -> {
                    if (waiting.closed) {
                        return;
                    }
                    if (failure != null) {
                        SocketFailures.close(
                                connection, CloseCodes.TRY_AGAIN_LATER, "the room is not reachable; try again");
                    } else if (route.local() != null) {
                        connection.userData().remove(KEY);
                        serve.accept(route.local());
                        waiting.frames.forEach(frame -> receive.accept(connection, frame));
                    } else if (route.ownerUrl() != null) {
                        relay(connection, waiting, route.ownerUrl());
                    } else {
                        unknown.run();
                        SocketFailures.close(connection, CloseCodes.UNKNOWN_ROOM, "no open room with this PIN");
                    }
                }));
    }

    private void relay(WebSocketConnection connection, Waiting waiting, String ownerUrl) {
        if (relayed(connection) || directory.isThisNode(ownerUrl)) {
            // never a second hop: the owner's record is stale or two nodes share an address; the client tries again
            SocketFailures.close(connection, CloseCodes.TRY_AGAIN_LATER, "the room is moving; try again");
            return;
        }
        HandshakeRequest handshake = connection.handshakeRequest();
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        for (String name : FORWARDED) {
            String value = handshake.header(name);
            if (value != null) {
                headers.add(name, value);
            }
        }
        String vouched = signature.sign(handshake.remoteAddress(), System.currentTimeMillis());
        if (vouched != null) {
            headers.add(RelaySignature.HEADER, vouched);
        }
        String target = ownerUrl.replaceFirst("^http", "ws")
                + handshake.path()
                + (handshake.query() == null || handshake.query().isEmpty() ? "" : "?" + handshake.query());
        waiting.relay = SocketRelay.open(webSocketClient(), connection, target, headers, config.maxPendingFrames());
        waiting.frames.forEach(waiting.relay::forward);
        waiting.frames.clear();
    }

    /** Takes a frame for a connection still waiting or relayed; false when the connection is served here. */
    boolean intercept(WebSocketConnection connection, String frame) {
        Waiting waiting = connection.userData().get(KEY);
        if (waiting == null) {
            return false;
        }
        if (waiting.relay != null) {
            waiting.relay.forward(frame);
        } else if (waiting.frames.size() < 32) {
            waiting.frames.add(frame);
        } else {
            SocketFailures.close(connection, CloseCodes.POLICY_VIOLATION, "too many messages");
        }
        return true;
    }

    /** The client's connection closed. */
    void closed(WebSocketConnection connection) {
        Waiting waiting = connection.userData().get(KEY);
        if (waiting != null) {
            waiting.closed = true;
            if (waiting.relay != null) {
                waiting.relay.clientClosed();
            }
        }
    }

    private WebSocketClient webSocketClient() {
        if (client == null) {
            synchronized (this) {
                if (client == null) {
                    client = vertx.createWebSocketClient();
                }
            }
        }
        return client;
    }
}
