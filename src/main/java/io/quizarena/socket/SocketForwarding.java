package io.quizarena.socket;

import io.quarkus.websockets.next.HandshakeRequest;
import io.quarkus.websockets.next.WebSocketConnection;
import io.quizarena.cluster.ClusterNode;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocketClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Passing a client's socket on to the node that owns what it is for (a room, a battle): the client's credentials go
 * along, so the owner authenticates the client itself, and a signed header vouches for the client's address, so the
 * owner's per-address limits count the client and not the relaying node. Never a second hop.
 */
@ApplicationScoped
public class SocketForwarding {

    private static final List<String> FORWARDED = List.of("Authorization", "Cookie", "Accept-Language", "User-Agent");

    private final RelaySignature signature;
    private final ClusterNode node;
    private final Vertx vertx;
    private volatile WebSocketClient client;

    SocketForwarding(ClusterNode node, Vertx vertx) {
        this.signature = new RelaySignature(node.config().secret().orElse(null));
        this.node = node;
        this.vertx = vertx;
    }

    /**
     * The address a connection counts against: the client's, vouched for by a relaying node, or as Quarkus resolved it
     * (forwarded by a trusted proxy, or the peer's).
     */
    public String clientAddress(WebSocketConnection connection) {
        String vouched = relayedFor(connection);
        if (vouched != null) {
            return vouched;
        }
        String resolved = connection.handshakeRequest().header(ClientAddresses.HEADER);
        return resolved != null ? resolved : connection.handshakeRequest().remoteAddress();
    }

    /** Whether another node passed this connection on (and counted its attempt already). */
    public boolean relayed(WebSocketConnection connection) {
        return relayedFor(connection) != null;
    }

    private String relayedFor(WebSocketConnection connection) {
        return signature.verify(
                connection.handshakeRequest().header(RelaySignature.HEADER), System.currentTimeMillis());
    }

    /**
     * Relays the connection to the same path at {@code ownerUrl}; null when it must not be (the connection was relayed
     * already, or the address is this node's own: a stale record), and the caller tells the client to try again.
     */
    public SocketRelay relay(WebSocketConnection connection, String ownerUrl, int maxPending) {
        if (relayed(connection) || node.url().equals(ownerUrl)) {
            return null;
        }
        HandshakeRequest handshake = connection.handshakeRequest();
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        for (String name : FORWARDED) {
            String value = handshake.header(name);
            if (value != null) {
                headers.add(name, value);
            }
        }
        String vouched = signature.sign(clientAddress(connection), System.currentTimeMillis());
        if (vouched != null) {
            headers.add(RelaySignature.HEADER, vouched);
        }
        String query = handshake.query();
        String target = ownerUrl.replaceFirst("^http", "ws")
                + handshake.path()
                + (query == null || query.isEmpty() ? "" : "?" + query);
        return SocketRelay.open(webSocketClient(), connection, target, headers, maxPending);
    }

    private WebSocketClient webSocketClient() {
        if (client == null) {
            synchronized (this) {
                if (client == null) {
                    client = vertx.createWebSocketClient();
                }
            }
        }
        return client;
    }
}
