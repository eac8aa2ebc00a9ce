package io.quizarena.room;

import io.quarkus.websockets.next.UserData;
import io.quarkus.websockets.next.WebSocketConnection;
import io.quizarena.game.CloseCodes;
import io.quizarena.game.Frames;
import io.quizarena.game.Game;
import io.quizarena.game.Peer;
import io.quizarena.game.ProtocolException;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** Per-connection state, kept in the connection's user data. */
final class SocketState {

    static final UserData.TypedKey<SocketState> KEY = new UserData.TypedKey<>("quiz-arena.socket");

    final Game room;
    final SocketPeer peer;
    private final RateLimiter messages;
    private boolean warned;

    SocketState(Game room, SocketPeer peer, RateLimiter messages) {
        this.room = room;
        this.peer = peer;
        this.messages = messages;
    }

    /** Binds a new connection to its room: a peer with its bounded queue, and a flood limiter. */
    static SocketState open(WebSocketConnection connection, Game room, String user, RoomConfig config, long now) {
        SocketPeer peer = new SocketPeer(connection, config.maxPendingFrames(), user);
        RateLimiter limiter = new RateLimiter(config.messageBurst(), config.messagesPerSecond(), now);
        SocketState state = new SocketState(room, peer, limiter);
        connection.userData().put(KEY, state);
        return state;
    }

    /** Admits, parses and hands an inbound frame to the room's mailbox; a refusal goes back as a typed error. */
    static <C> void receive(
            WebSocketConnection connection,
            String frame,
            long now,
            Function<String, C> parse,
            BiConsumer<SocketState, C> deliver) {
        SocketState state = connection.userData().get(KEY);
        if (state == null || !state.admit(now)) {
            return;
        }
        try {
            C command = parse.apply(frame);
            state.room.submit(() -> deliver.accept(state, command));
        } catch (ProtocolException e) {
            state.peer.send(Frames.error(e));
        }
    }

    /** A binary frame: refused with a typed error (it counts towards the flood budget like any message). */
    static void refuseBinary(WebSocketConnection connection, long now) {
        SocketState state = connection.userData().get(KEY);
        if (state != null && state.admit(now)) {
            state.peer.send(Frames.error("binary_frame", "messages are JSON text frames; binary frames are not read"));
        }
    }

    /** Tells the room, on its mailbox, that the connection closed. */
    static void closed(WebSocketConnection connection, BiConsumer<Game, Peer> leave) {
        SocketState state = connection.userData().get(KEY);
        if (state != null) {
            state.room.submit(() -> leave.accept(state.room, state.peer));
        }
    }

    /**
     * Flood control: within the budget, true. Past it, the first time a typed warning goes out and the message is
     * dropped; if the client keeps flooding, it is closed with 1008. A client that calms down is forgiven.
     */
    boolean admit(long now) {
        if (messages.tryAcquire(now)) {
            if (warned && messages.isIdle(now)) {
                warned = false;
            }
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
