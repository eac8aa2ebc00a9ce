package io.quizarena.battle;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quizarena.game.Peer;

/**
 * One side of a battle as its game sees it: a connection that never changes, whatever sockets the player comes and
 * goes on. The battle swaps the socket behind it; frames sent while no socket is there are dropped (a returning
 * player asks for a snapshot). It notes the player's id in the game from their welcome.
 */
final class SeatPeer implements Peer {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String user;
    private Peer socket;
    private String playerId;

    SeatPeer(String user) {
        this.user = user;
    }

    void attach(Peer newSocket) {
        socket = newSocket;
    }

    /** Lets the current socket go; returns it. */
    Peer detach() {
        Peer old = socket;
        socket = null;
        return old;
    }

    Peer socket() {
        return socket;
    }

    String playerId() {
        return playerId;
    }

    @Override
    public void send(String frame) {
        if (playerId == null && frame.startsWith("{\"type\":\"welcome\"")) {
            try {
                playerId = JSON.readTree(frame).path("playerId").asText(null);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("the game sent a welcome that is not JSON", e);
            }
        }
        if (socket != null) {
            socket.send(frame);
        }
    }

    @Override
    public void close(int code, String reason) {
        if (socket != null) {
            socket.close(code, reason);
        }
    }

    @Override
    public String userName() {
        return user;
    }
}
