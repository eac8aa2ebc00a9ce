package io.quizarena.room;

import io.quarkus.websockets.next.WebSocketConnection;
import io.quizarena.game.Game;
import io.quizarena.socket.SocketForwarding;
import io.quizarena.socket.SocketRoute;
import io.quizarena.socket.SocketRouting;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Gets a room socket to its room wherever the room runs: served at once when this node runs it; otherwise once the
 * {@link RoomDirectory} has found it (restored here, relayed to a live owner, or unknown).
 */
@ApplicationScoped
class RoomRouting {

    private final RoomDirectory directory;
    private final SocketForwarding forwarding;
    private final SocketRouting<Game> routing;

    RoomRouting(RoomDirectory directory, SocketForwarding forwarding, RoomConfig config) {
        this.directory = directory;
        this.forwarding = forwarding;
        this.routing = new SocketRouting<>("room", forwarding, config.maxPendingFrames(), "no open room with this PIN");
    }

    String clientAddress(WebSocketConnection connection) {
        return forwarding.clientAddress(connection);
    }

    boolean relayed(WebSocketConnection connection) {
        return forwarding.relayed(connection);
    }

    /**
     * Serves the connection, passes it on or closes it as unknown; {@code found} runs once the PIN is known to belong to
     * a room (here, elsewhere, or moving), {@code unknown} when it belongs to none.
     */
    void open(
            WebSocketConnection connection,
            Consumer<Game> serve,
            BiConsumer<WebSocketConnection, String> receive,
            Runnable found,
            Runnable unknown) {
        String pin = connection.pathParam("pin");
        Game game = directory.local(pin);
        if (game != null) {
            found.run();
            serve.accept(game);
        } else {
            CompletionStage<SocketRoute<Game>> route = directory.route(pin);
            route.thenAccept(where -> {
                if (where.local() != null || where.ownerUrl() != null || where.retryLater()) {
                    found.run();
                }
            });
            routing.open(connection, route, serve, receive, unknown);
        }
    }

    boolean intercept(WebSocketConnection connection, String frame) {
        return routing.intercept(connection, frame);
    }

    void closed(WebSocketConnection connection) {
        routing.closed(connection);
    }
}
