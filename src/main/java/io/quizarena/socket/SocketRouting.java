package io.quizarena.socket;

import io.quarkus.websockets.next.UserData;
import io.quarkus.websockets.next.WebSocketConnection;
import io.quizarena.game.CloseCodes;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.CompletionStage;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Gets a socket to what it is for, wherever that runs. While the route is looked up the connection waits, its first
 * frames kept (a few); then it is served here, relayed to the owner, told to try again (1013), or closed as unknown
 * (4404). A socket whose target this node runs never comes here: the caller serves it at once.
 *
 * @param <T> what sockets talk to (a room, a battle)
 */
public final class SocketRouting<T> {

    /** Frames a client may send while its route is looked up. */
    static final int MAX_WAITING_FRAMES = 32;

    private final UserData.TypedKey<Waiting> key;
    private final SocketForwarding forwarding;
    private final int maxPending;
    private final String unknownReason;

    /** A connection whose target is being looked up, or that is relayed to the owner. */
    private static final class Waiting {
        final Queue<String> frames = new ArrayDeque<>();
        SocketRelay relay;
        boolean closed;
    }

    /** @param unknownReason the close reason a client gets with 4404 */
    public SocketRouting(String name, SocketForwarding forwarding, int maxPending, String unknownReason) {
        this.key = new UserData.TypedKey<>("quiz-arena.route." + name);
        this.forwarding = forwarding;
        this.maxPending = maxPending;
        this.unknownReason = unknownReason;
    }

    /**
     * Routes a connection once {@code route} completes: {@code serve} binds it to a local target and {@code receive}
     * then takes the frames that came meanwhile; {@code unknown} runs before a 4404.
     */
    public void open(
            WebSocketConnection connection,
            CompletionStage<SocketRoute<T>> route,
            Consumer<T> serve,
            BiConsumer<WebSocketConnection, String> receive,
            Runnable unknown) {
        Waiting waiting = new Waiting();
        connection.userData().put(key, waiting);
        Context context = Vertx.currentContext();
        route.whenComplete((found, failure) -> context.runOnContext(v -> {
            if (waiting.closed) {
                return;
            }
            if (failure != null || found.retryLater()) {
                SocketFailures.close(connection, CloseCodes.TRY_AGAIN_LATER, "not reachable now; try again");
            } else if (found.local() != null) {
                connection.userData().remove(key);
                serve.accept(found.local());
                waiting.frames.forEach(frame -> receive.accept(connection, frame));
            } else if (found.ownerUrl() != null) {
                waiting.relay = forwarding.relay(connection, found.ownerUrl(), maxPending);
                if (waiting.relay == null) {
                    SocketFailures.close(connection, CloseCodes.TRY_AGAIN_LATER, "moving; try again");
                } else {
                    waiting.frames.forEach(waiting.relay::forward);
                    waiting.frames.clear();
                }
            } else {
                unknown.run();
                SocketFailures.close(connection, CloseCodes.UNKNOWN_ROOM, unknownReason);
            }
        }));
    }

    /** Takes a frame for a connection still waiting or relayed; false when the connection is served here. */
    public boolean intercept(WebSocketConnection connection, String frame) {
        Waiting waiting = connection.userData().get(key);
        if (waiting == null) {
            return false;
        }
        if (waiting.relay != null) {
            waiting.relay.forward(frame);
        } else if (waiting.frames.size() < MAX_WAITING_FRAMES) {
            waiting.frames.add(frame);
        } else {
            SocketFailures.close(connection, CloseCodes.POLICY_VIOLATION, "too many messages");
        }
        return true;
    }

    /** The client's connection closed. */
    public void closed(WebSocketConnection connection) {
        Waiting waiting = connection.userData().get(key);
        if (waiting != null) {
            waiting.closed = true;
            if (waiting.relay != null) {
                waiting.relay.clientClosed();
            }
        }
    }
}
