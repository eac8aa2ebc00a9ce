package io.quizarena.socket;

import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.WebSocketConnection;
import io.quizarena.game.CloseCodes;
import io.quizarena.game.Peer;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * A WebSockets Next connection as a {@link Peer}, with the bounded outgoing queue that Quarkus 3.33 lacks: every frame
 * in flight (handed to the socket, write not yet completed) counts, and a client that stops reading is dropped once
 * {@code maxPending} frames wait. It may resume with its token; memory never grows with a slow reader.
 */
public final class SocketPeer implements Peer {

    private static final Logger LOG = Logger.getLogger(SocketPeer.class);

    private final WebSocketConnection connection;
    private final int maxPending;
    private final String userName;
    private final AtomicInteger pending = new AtomicInteger();
    private final AtomicBoolean dropped = new AtomicBoolean();

    public SocketPeer(WebSocketConnection connection, int maxPending, String userName) {
        this.connection = connection;
        this.maxPending = maxPending;
        this.userName = userName;
    }

    @Override
    public String userName() {
        return userName;
    }

    public int pending() {
        return pending.get();
    }

    @Override
    public void send(String frame) {
        if (dropped.get()) {
            return; // a send to a closed connection just fails its write; no lock taken per frame here
        }
        if (pending.incrementAndGet() > maxPending) {
            pending.decrementAndGet();
            dropSlowReader();
            return;
        }
        connection.sendText(frame).subscribe().with(ok -> pending.decrementAndGet(), failure -> {
            pending.decrementAndGet();
            LOG.debugf("send to %s failed: %s", connection.id(), failure.getMessage());
        });
    }

    private void dropSlowReader() {
        if (dropped.compareAndSet(false, true)) {
            LOG.infof("dropping %s: %d frames unread", address(), maxPending);
            close(CloseCodes.TRY_AGAIN_LATER, "too slow to read; reconnect and resume");
        }
    }

    @Override
    public void close(int code, String reason) {
        if (!connection.isClosed()) {
            connection.close(new CloseReason(code, reason)).subscribe().with(ok -> {}, failure -> {});
        }
    }

    public boolean isOpen() {
        return !dropped.get() && connection.isOpen();
    }

    /** The client address, for logs. */
    public String address() {
        return connection.handshakeRequest().remoteAddress();
    }
}
