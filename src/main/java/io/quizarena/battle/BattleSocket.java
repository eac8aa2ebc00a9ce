package io.quizarena.battle;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.websockets.next.OnBinaryMessage;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnError;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.quizarena.game.PlayerCommand;
import io.quizarena.game.Protocol;
import io.quizarena.game.ProtocolException;
import io.quizarena.room.RoomConfig;
import io.quizarena.room.RoomScheduler;
import io.quizarena.socket.SocketFailures;
import io.quizarena.socket.SocketState;
import io.smallrye.common.annotation.NonBlocking;
import io.vertx.core.buffer.Buffer;

/**
 * A player's socket in one battle: {@code join} (with the guest id a guest's browser keeps) takes or retakes their
 * side; then answers, {@code sync} and {@code rematch}. Holds no game logic; everything runs on the battle's mailbox.
 */
@WebSocket(path = "/ws/battle/{id}")
public class BattleSocket {

    private final BattleRouting routing;
    private final BattleIdentity identities;
    private final RoomConfig limits;
    private final RoomScheduler clock;
    private final SecurityIdentity identity;

    BattleSocket(
            BattleRouting routing,
            BattleIdentity identities,
            RoomConfig limits,
            RoomScheduler clock,
            SecurityIdentity identity) {
        this.routing = routing;
        this.identities = identities;
        this.limits = limits;
        this.clock = clock;
        this.identity = identity;
    }

    /** A battle command: a play message of the game protocol, or a rematch request. */
    private sealed interface Command {
        record Play(PlayerCommand command) implements Command {}

        record Rematch() implements Command {}
    }

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    private static Command parse(String frame) {
        if (isRematch(frame)) {
            return new Command.Rematch();
        }
        PlayerCommand command = Protocol.parsePlayer(frame); // everything else is the game's protocol
        if (command instanceof PlayerCommand.Resume) {
            throw new ProtocolException("not_allowed", "to come back to a battle, send join again");
        }
        return new Command.Play(command);
    }

    private static boolean isRematch(String frame) {
        try {
            return "rematch".equals(JSON.readTree(frame).path("type").asText());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return false; // the game's parser says what is wrong with it
        }
    }

    @OnOpen
    @NonBlocking
    public void onOpen(WebSocketConnection connection) {
        String user = identity == null || identity.isAnonymous()
                ? null
                : identity.getPrincipal().getName();
        routing.open(
                connection,
                battle -> SocketState.open(connection, battle, user, limits.socketLimits(), clock.now()),
                this::onMessage,
                () -> {});
    }

    @OnTextMessage
    @NonBlocking
    public void onMessage(WebSocketConnection connection, String frame) {
        if (routing.intercept(connection, frame)) {
            return;
        }
        SocketState.receive(connection, frame, clock.now(), BattleSocket::parse, this::deliver);
    }

    private void deliver(SocketState<Battle> state, Command command) {
        Battle battle = state.target;
        if (command instanceof Command.Play play && play.command() instanceof PlayerCommand.Join join) {
            BattleIdentity.Player player = identities.of(identity, join.guestId(), join.nickname());
            battle.game.submit(() -> guarded(
                    state, () -> battle.join(state.peer, player.playerKey(), player.nickname(), player.guestId())));
        } else if (command instanceof Command.Play play) {
            battle.game.submit(() -> guarded(state, () -> battle.command(state.peer, play.command())));
        } else {
            battle.game.submit(() -> guarded(state, () -> battle.rematch(state.peer)));
        }
    }

    /** Runs on the battle's mailbox; a refusal goes back to the socket as a typed error. */
    private static void guarded(SocketState<Battle> state, Runnable action) {
        try {
            action.run();
        } catch (ProtocolException e) {
            state.peer.send(io.quizarena.game.Frames.error(e));
        }
    }

    @OnBinaryMessage
    @NonBlocking
    public void onBinaryMessage(WebSocketConnection connection, Buffer frame) {
        SocketState.refuseBinary(connection, clock.now());
    }

    @OnClose
    public void onClose(WebSocketConnection connection) {
        routing.closed(connection);
        SocketState<Battle> state = SocketState.of(connection);
        if (state != null) {
            state.target.game.submit(() -> state.target.socketClosed(state.peer));
        }
    }

    @OnError
    public void onError(WebSocketConnection connection, Throwable failure) {
        SocketFailures.handle(connection, failure);
    }
}
