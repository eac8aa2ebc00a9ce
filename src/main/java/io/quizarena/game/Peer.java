package io.quizarena.game;

/**
 * One connection as a game sees it. Frames are already-encoded JSON text, so a broadcast is encoded once and handed to
 * every peer as the same string.
 */
public interface Peer {

    /** Queues a frame; a peer that has too many frames in flight drops its connection instead of queueing more. */
    void send(String frame);

    /** Closes the connection with a WebSocket close code and a reason. */
    void close(int code, String reason);

    /** The signed-in user behind the connection, or null for a guest. */
    default String userName() {
        return null;
    }
}
