package io.quizarena.room;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.websockets.next.OnBinaryMessage;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnError;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.quizarena.game.CloseCodes;
import io.quizarena.game.Game;
import io.quizarena.game.PlayerCommand;
import io.quizarena.game.Protocol;
import io.quizarena.socket.SocketFailures;
import io.quizarena.socket.SocketState;
import io.smallrye.common.annotation.NonBlocking;
import io.vertx.core.buffer.Buffer;

/** A player's socket: parses, limits and hands commands to the room's mailbox. Holds no game logic. */
@WebSocket(path = "/ws/play/{pin}")
public class PlayerSocket {

    private final RoomRouting routing;
    private final JoinGuard guard;
    private final RoomConfig config;
    private final RoomScheduler clock;
    private final SecurityIdentity identity;

    PlayerSocket(
            RoomRouting routing, JoinGuard guard, RoomConfig config, RoomScheduler clock, SecurityIdentity identity) {
        this.routing = routing;
        this.guard = guard;
        this.config = config;
        this.clock = clock;
        this.identity = identity;
    }

    @OnOpen
    @NonBlocking
    public void onOpen(WebSocketConnection connection) {
        String address = routing.clientAddress(connection);
        String pin = connection.pathParam("pin");
        // a relayed connection was counted by the node that passed it on
        JoinGuard.Admission admission =
                routing.relayed(connection) ? JoinGuard.Admission.UNCHECKED : guard.admit(address, pin);
        if (admission == JoinGuard.Admission.REFUSED) {
            SocketFailures.close(
                    connection, CloseCodes.RATE_LIMITED, "too many unknown PINs from your address; wait a minute");
            return;
        }
        String user = identity == null || identity.isAnonymous()
                ? null
                : identity.getPrincipal().getName();
        routing.open(
                connection,
                room -> SocketState.open(connection, room, user, config.socketLimits(), clock.now()),
                this::onMessage,
                () -> guard.found(address, pin, admission),
                () -> {});
    }

    @OnTextMessage
    @NonBlocking
    public void onMessage(WebSocketConnection connection, String frame) {
        if (routing.intercept(connection, frame)) {
            return;
        }
        SocketState.receive(
                connection,
                frame,
                clock.now(),
                Protocol::parsePlayer,
                (SocketState<Game> state, PlayerCommand command) ->
                        state.target.submit(() -> state.target.playerMessage(state.peer, command)));
    }

    /** The protocol is JSON text: a binary frame gets a typed error and changes nothing. */
    @OnBinaryMessage
    @NonBlocking
    public void onBinaryMessage(WebSocketConnection connection, Buffer frame) {
        SocketState.refuseBinary(connection, clock.now());
    }

    @OnClose
    public void onClose(WebSocketConnection connection) {
        routing.closed(connection);
        SocketState<Game> state = SocketState.of(connection);
        if (state != null) {
            state.target.submit(() -> state.target.playerLeft(state.peer));
        }
    }

    @OnError
    public void onError(WebSocketConnection connection, Throwable failure) {
        SocketFailures.handle(connection, failure);
    }
}
