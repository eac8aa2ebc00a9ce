package io.quizarena.room;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.websockets.next.OnBinaryMessage;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnError;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.quizarena.game.Game;
import io.quizarena.game.HostCommand;
import io.quizarena.game.Protocol;
import io.quizarena.identity.Roles;
import io.quizarena.socket.SocketFailures;
import io.quizarena.socket.SocketPeer;
import io.quizarena.socket.SocketState;
import io.smallrye.common.annotation.NonBlocking;
import io.vertx.core.buffer.Buffer;
import jakarta.annotation.security.RolesAllowed;

/**
 * The host's socket. The upgrade needs the {@code host} (or {@code admin}) role; the first message must be
 * {@code hello} with the room's host token or its owner's screen pass ({@link ScreenPasses}), or the socket closes
 * after {@link #HELLO_TIMEOUT_MILLIS}. The owner may hold two at once, a big screen and a remote (docs/adr/0019).
 */
@WebSocket(path = "/ws/host/{pin}")
@RolesAllowed({Roles.HOST, Roles.ADMIN})
public class HostSocket {

    static final long HELLO_TIMEOUT_MILLIS = 10_000;

    private final RoomRouting routing;
    private final RoomConfig config;
    private final RoomScheduler clock;
    private final SecurityIdentity identity;

    HostSocket(RoomRouting routing, RoomConfig config, RoomScheduler clock, SecurityIdentity identity) {
        this.routing = routing;
        this.config = config;
        this.clock = clock;
        this.identity = identity;
    }

    @OnOpen
    @NonBlocking
    public void onOpen(WebSocketConnection connection) {
        String user = identity.getPrincipal().getName();
        routing.open(
                connection,
                room -> {
                    SocketPeer peer = SocketState.open(connection, room, user, config.socketLimits(), clock.now()).peer;
                    clock.schedule(HELLO_TIMEOUT_MILLIS, () -> room.submit(() -> room.helloTimeout(peer)));
                },
                this::onMessage,
                () -> {},
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
                Protocol::parseHost,
                (SocketState<Game> state, HostCommand command) ->
                        state.target.submit(() -> state.target.hostMessage(state.peer, command)));
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
            state.target.submit(() -> state.target.hostLeft(state.peer));
        }
    }

    @OnError
    public void onError(WebSocketConnection connection, Throwable failure) {
        SocketFailures.handle(connection, failure);
    }
}
