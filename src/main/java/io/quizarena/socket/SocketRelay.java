package io.quizarena.socket;

import io.quarkus.websockets.next.WebSocketConnection;
import io.quizarena.game.CloseCodes;
import io.vertx.core.MultiMap;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import java.util.ArrayDeque;
import java.util.Queue;
import org.jboss.logging.Logger;

/**
 * A client's socket passed on to the node that owns its room: frames go both ways unchanged, and each side's close
 * closes the other. The owner applies the protocol and its limits; this side only bounds what waits for the client
 * (a {@link SocketPeer}) and what waits for the owner while the upstream socket opens. Runs on the client
 * connection's event loop: every callback here does.
 */
public final class SocketRelay {

    private static final Logger LOG = Logger.getLogger(SocketRelay.class);
    /** Frames a client may send before the owner's socket is open. */
    static final int MAX_EARLY_FRAMES = 32;

    private final WebSocketConnection client;
    private final SocketPeer toClient;
    private final Queue<String> early = new ArrayDeque<>();
    private WebSocket upstream;
    private boolean closed;

    private SocketRelay(WebSocketConnection client, int maxPending) {
        this.client = client;
        this.toClient = new SocketPeer(client, maxPending, null);
    }

    /**
     * Opens the owner's socket at {@code url} (the same path there) with the client's credentials and the relay
     * header. If the owner cannot be reached, the client is told to try again: by then the room may have moved.
     */
    public static SocketRelay open(
            WebSocketClient http, WebSocketConnection client, String url, MultiMap headers, int maxPending) {
        SocketRelay relay = new SocketRelay(client, maxPending);
        WebSocketConnectOptions options = new WebSocketConnectOptions().setAbsoluteURI(url);
        headers.forEach(options::addHeader);
        http.connect(options).onComplete(result -> {
            if (result.failed()) {
                LOG.debugf("relay to %s failed: %s", url, result.cause().getMessage());
                relay.closeClient(CloseCodes.TRY_AGAIN_LATER, "the room's server is not reachable; try again");
            } else {
                relay.connected(result.result());
            }
        });
        return relay;
    }

    private void connected(WebSocket socket) {
        if (closed) {
            socket.close();
            return;
        }
        upstream = socket;
        socket.textMessageHandler(toClient::send);
        socket.exceptionHandler(e -> LOG.debugf("relay upstream failed: %s", e.getMessage()));
        socket.closeHandler(v -> {
            Short code = socket.closeStatusCode();
            // an owner that vanished mid-socket (1006 or nothing) means: reconnect, the room will be elsewhere
            boolean sendable = code != null && code != 1005 && code != 1006 && code != 1015;
            closeClient(sendable ? code : CloseCodes.MOVING, sendable ? socket.closeReason() : "reconnect");
        });
        while (!early.isEmpty()) {
            socket.writeTextMessage(early.poll());
        }
    }

    /** A frame from the client, for the owner. */
    public void forward(String frame) {
        if (closed) {
            return;
        }
        if (upstream != null) {
            upstream.writeTextMessage(frame);
        } else if (early.size() < MAX_EARLY_FRAMES) {
            early.add(frame);
        } else {
            closeClient(CloseCodes.POLICY_VIOLATION, "too many messages");
        }
    }

    /** The client went away: so does the owner's socket. */
    public void clientClosed() {
        closed = true;
        if (upstream != null && !upstream.isClosed()) {
            upstream.close();
        }
    }

    private void closeClient(int code, String reason) {
        closed = true;
        toClient.close(code, reason == null ? "" : reason);
        if (upstream != null && !upstream.isClosed()) {
            upstream.close();
        }
    }
}
