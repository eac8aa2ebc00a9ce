package io.quizarena.socket;

import io.quarkus.websockets.next.UserData;
import io.quarkus.websockets.next.WebSocketConnection;
import io.quizarena.game.CloseCodes;
import io.quizarena.game.Frames;
import io.quizarena.game.ProtocolException;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Per-connection state of a game socket, kept in the connection's user data: what the connection talks to (a room, a
 * battle), its peer with the bounded outgoing queue, and its flood limiter.
 *
 * @param <T> what the connection talks to
 */
public final class SocketState<T> {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(SocketState.class);
    private static final UserData.TypedKey<SocketState<?>> KEY = new UserData.TypedKey<>("quiz-arena.socket");

    public final T target;
    public final SocketPeer peer;
    private final SocketLimits.MessageBudget messages;
    private boolean warned;

    private SocketState(T target, SocketPeer peer, SocketLimits.MessageBudget messages) {
        this.target = target;
        this.peer = peer;
        this.messages = messages;
    }

    /** Binds a new connection to what it talks to: a peer with its bounded queue, and a flood limiter. */
    public static <T> SocketState<T> open(
            WebSocketConnection connection, T target, String user, SocketLimits limits, long now) {
        SocketPeer peer = new SocketPeer(connection, limits.maxPendingFrames(), user);
        SocketState<T> state = new SocketState<>(target, peer, limits.messageBudget(now));
        connection.userData().put(KEY, state);
        return state;
    }

    /** The connection's state, or null before {@link #open} (a refused upgrade). */
    @SuppressWarnings("unchecked")
    public static <T> SocketState<T> of(WebSocketConnection connection) {
        return (SocketState<T>) connection.userData().get(KEY);
    }

    /**
     * Admits and parses an inbound frame and hands the command over ({@code deliver} puts it on the target's serial
     * context); a refusal goes back as a typed error.
     */
    public static <T, C> void receive(
            WebSocketConnection connection,
            String frame,
            long now,
            Function<String, C> parse,
            BiConsumer<SocketState<T>, C> deliver) {
        SocketState<T> state = of(connection);
        if (state == null || !state.admit(now)) {
            return;
        }
        try {
            deliver.accept(state, parse.apply(frame));
        } catch (ProtocolException e) {
            state.peer.send(Frames.error(e));
        } catch (RuntimeException e) {
            // a failure of ours (the database, a bug): the client hears of it instead of waiting for a reply
            LOG.errorf(e, "socket %s: a message failed", connection.id());
            state.peer.send(Frames.error("server_error", "the server could not handle that message; try again"));
        }
    }

    /** A binary frame: refused with a typed error (it counts towards the flood budget like any message). */
    public static void refuseBinary(WebSocketConnection connection, long now) {
        SocketState<?> state = of(connection);
        if (state != null && state.admit(now)) {
            state.peer.send(Frames.error("binary_frame", "messages are JSON text frames; binary frames are not read"));
        }
    }

    /**
     * Flood control: within the budget, true. Past it, the first time a typed warning goes out and the message is
     * dropped; if the client keeps flooding, it is closed with 1008. A client that calms down is forgiven.
     */
    boolean admit(long now) {
        // full again before this message: the client calmed down since its warning (checked before taking a token,
        // since a bucket is never full just after one was taken)
        if (warned && messages.isFull(now)) {
            warned = false;
        }
        if (messages.tryTake(now)) {
            return true;
        }
        if (!warned) {
            warned = true;
            peer.send(Frames.error("rate_limited", "too many messages; slow down or you will be disconnected"));
        } else {
            peer.close(CloseCodes.POLICY_VIOLATION, "too many messages");
        }
        return false;
    }
}
