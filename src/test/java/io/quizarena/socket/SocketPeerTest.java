package io.quizarena.socket;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.HandshakeRequest;
import io.quarkus.websockets.next.WebSocketConnection;
import io.quizarena.game.CloseCodes;
import io.smallrye.mutiny.Uni;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bounded outgoing queue: a client that stops reading is dropped instead of growing the server's memory. */
class SocketPeerTest {

    /** A connection whose writes complete only if the client reads. */
    static final class FakeConnection {
        final List<CloseReason> closes = new ArrayList<>();
        final boolean reading;
        int writes;

        FakeConnection(boolean reading) {
            this.reading = reading;
        }

        WebSocketConnection proxy() {
            HandshakeRequest handshake = (HandshakeRequest) Proxy.newProxyInstance(
                    getClass().getClassLoader(), new Class<?>[] {HandshakeRequest.class}, (p, m, a) -> {
                        if (m.getName().equals("remoteAddress")) {
                            return "127.0.0.1:40000";
                        }
                        return null;
                    });
            return (WebSocketConnection) Proxy.newProxyInstance(
                    getClass().getClassLoader(), new Class<?>[] {WebSocketConnection.class}, (p, m, a) -> {
                        switch (m.getName()) {
                            case "sendText":
                                writes++;
                                // a client that stops reading: the write never completes
                                return reading
                                        ? Uni.createFrom().voidItem()
                                        : Uni.createFrom().emitter(e -> {});
                            case "isClosed":
                                return !closes.isEmpty();
                            case "isOpen":
                                return closes.isEmpty();
                            case "close":
                                closes.add((CloseReason) a[0]);
                                return Uni.createFrom().voidItem();
                            case "handshakeRequest":
                                return handshake;
                            case "id":
                                return "fake";
                            default:
                                throw new UnsupportedOperationException(m.getName());
                        }
                    });
        }
    }

    @Test
    void aClientThatStopsReadingIsDroppedOnceItsQueueIsFull() {
        FakeConnection connection = new FakeConnection(false);
        SocketPeer peer = new SocketPeer(connection.proxy(), 8, null);
        for (int i = 0; i < 8; i++) {
            peer.send("{\"type\":\"frame\",\"n\":" + i + "}");
        }
        assertThat(peer.pending()).isEqualTo(8);
        assertThat(connection.closes).isEmpty();

        peer.send("{\"type\":\"one too many\"}");
        assertThat(connection.closes).hasSize(1);
        assertThat(connection.closes.get(0).getCode()).isEqualTo(CloseCodes.TRY_AGAIN_LATER);
        assertThat(peer.isOpen()).isFalse();

        for (int i = 0; i < 1000; i++) {
            peer.send("{\"type\":\"ignored\"}");
        }
        assertThat(connection.writes).isEqualTo(8);
        assertThat(peer.pending()).isEqualTo(8);
        assertThat(connection.closes).hasSize(1);
    }

    @Test
    void aClientThatReadsIsNeverDropped() {
        FakeConnection connection = new FakeConnection(true);
        SocketPeer peer = new SocketPeer(connection.proxy(), 8, null);
        for (int i = 0; i < 10_000; i++) {
            peer.send("{\"type\":\"frame\"}");
        }
        assertThat(peer.pending()).isZero();
        assertThat(connection.writes).isEqualTo(10_000);
        assertThat(connection.closes).isEmpty();
    }
}
