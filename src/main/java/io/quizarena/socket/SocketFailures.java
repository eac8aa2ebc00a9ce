package io.quizarena.socket;

import io.netty.handler.codec.http.websocketx.CorruptedWebSocketFrameException;
import io.quarkus.websockets.next.WebSocketConnection;
import io.quizarena.game.CloseCodes;
import org.jboss.logging.Logger;

/** What a socket does with a transport failure: a frame the protocol refuses closes with its code (1009 too big). */
public final class SocketFailures {

    private static final Logger LOG = Logger.getLogger(SocketFailures.class);

    private SocketFailures() {}

    public static void handle(WebSocketConnection connection, Throwable failure) {
        Throwable cause = failure;
        while (cause != null && !(cause instanceof CorruptedWebSocketFrameException)) {
            cause = cause.getCause();
        }
        if (cause instanceof CorruptedWebSocketFrameException corrupted) {
            int code = corrupted.closeStatus() == null
                    ? CloseCodes.POLICY_VIOLATION
                    : corrupted.closeStatus().code();
            close(connection, code, corrupted.getMessage() == null ? "bad frame" : corrupted.getMessage());
            return;
        }
        if (failure instanceof IllegalStateException
                && String.valueOf(failure.getMessage()).contains("max message size")) {
            // Vert.x refuses a text message over quarkus.websockets-next.server.max-message-size this way
            close(connection, CloseCodes.TOO_BIG, "message too big");
            return;
        }
        LOG.debugf("socket %s: %s", connection.id(), failure.toString());
    }

    /** Closes a connection with a code and a reason, ignoring a connection that is already gone. */
    public static void close(WebSocketConnection connection, int code, String reason) {
        connection
                .close(new io.quarkus.websockets.next.CloseReason(code, reason))
                .subscribe()
                .with(ok -> {}, failure -> {});
    }
}
