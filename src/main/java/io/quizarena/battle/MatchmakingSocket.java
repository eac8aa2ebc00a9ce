package io.quizarena.battle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.websockets.next.OnBinaryMessage;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnError;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.quizarena.game.ProtocolException;
import io.quizarena.problem.DomainException;
import io.quizarena.room.RoomConfig;
import io.quizarena.room.RoomScheduler;
import io.quizarena.scoring.Glicko2.Rating;
import io.quizarena.socket.SocketFailures;
import io.quizarena.socket.SocketState;
import io.vertx.core.buffer.Buffer;
import java.time.Instant;
import java.util.UUID;

/**
 * The socket a player searches on: {@code seek} puts them in the queue, {@code cancel} or closing the socket takes
 * them out, and {@code matched} tells them the battle to open. Messages touch the database, so they run on a worker.
 */
@WebSocket(path = "/ws/matchmaking")
public class MatchmakingSocket {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Matchmaker matchmaker;
    private final BattleService battles;
    private final BattleIdentity identities;
    private final BattleConfig config;
    private final RoomConfig limits;
    private final RoomScheduler clock;
    private final SecurityIdentity identity;

    MatchmakingSocket(
            Matchmaker matchmaker,
            BattleService battles,
            BattleIdentity identities,
            BattleConfig config,
            RoomConfig limits,
            RoomScheduler clock,
            SecurityIdentity identity) {
        this.matchmaker = matchmaker;
        this.battles = battles;
        this.identities = identities;
        this.config = config;
        this.limits = limits;
        this.clock = clock;
        this.identity = identity;
    }

    /** What a search socket holds: the ticket it searches with, once it sent seek. */
    static final class Search {
        volatile String ticket;
    }

    @OnOpen
    public void onOpen(WebSocketConnection connection) {
        SocketState.open(connection, new Search(), null, limits.socketLimits(), clock.now());
    }

    @OnTextMessage
    public void onMessage(WebSocketConnection connection, String frame) {
        SocketState.receive(connection, frame, clock.now(), MatchmakingSocket::parse, this::handle);
    }

    private static JsonNode parse(String frame) {
        try {
            JsonNode node = JSON.readTree(frame);
            if (node == null || !node.isObject() || !node.path("type").isTextual()) {
                throw new ProtocolException("invalid_message", "a message is a JSON object with a type");
            }
            return node;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ProtocolException("malformed_json", "not valid JSON: " + e.getOriginalMessage());
        }
    }

    private void handle(SocketState<Search> state, JsonNode message) {
        switch (message.path("type").asText()) {
            case "seek" -> seek(state, message);
            case "cancel" -> {
                String ticket = state.target.ticket;
                if (ticket != null) {
                    matchmaker.cancel(ticket);
                    state.target.ticket = null;
                    state.peer.send(MatchFrames.cancelled(ticket));
                }
            }
            default ->
                throw new ProtocolException(
                        "unknown_type",
                        "unknown message type " + message.path("type").asText());
        }
    }

    private void seek(SocketState<Search> state, JsonNode message) {
        if (state.target.ticket != null) {
            throw new ProtocolException("already_queued", "this socket is searching already");
        }
        String topic = message.path("topic").asText(BattleService.MIXED);
        try {
            BattleService.checkTopic(topic);
        } catch (DomainException e) {
            throw new ProtocolException("invalid_message", "topic is mixed or a topic id such as moe");
        }
        BattleIdentity.Player player = identities.of(
                identity,
                message.path("guestId").asText(null),
                message.path("nickname").asText(null));
        Rating rating = battles.ratingOf(player.playerKey(), topic);
        Seeker seeker = new Seeker(
                UUID.randomUUID().toString(),
                player.playerKey(),
                player.nickname(),
                topic,
                rating.rating(),
                Instant.now());
        try {
            matchmaker.seek(state.peer, seeker);
        } catch (DomainException e) {
            throw new ProtocolException("already_queued", e.getMessage());
        }
        state.target.ticket = seeker.ticket();
        state.peer.send(MatchFrames.searching(
                seeker,
                player.issued() ? player.guestId() : null,
                rating.rating(),
                rating.provisional(),
                config.ghostAfterSeconds()));
    }

    @OnBinaryMessage
    public void onBinaryMessage(WebSocketConnection connection, Buffer frame) {
        SocketState.refuseBinary(connection, clock.now());
    }

    @OnClose
    public void onClose(WebSocketConnection connection) {
        SocketState<Search> state = SocketState.of(connection);
        if (state != null && state.target.ticket != null) {
            matchmaker.cancel(state.target.ticket);
        }
    }

    @OnError
    public void onError(WebSocketConnection connection, Throwable failure) {
        SocketFailures.handle(connection, failure);
    }
}
