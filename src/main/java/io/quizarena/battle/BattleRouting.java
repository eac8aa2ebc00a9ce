package io.quizarena.battle;

import io.quarkus.websockets.next.WebSocketConnection;
import io.quizarena.cluster.ClusterNode;
import io.quizarena.room.RoomConfig;
import io.quizarena.socket.SocketForwarding;
import io.quizarena.socket.SocketRoute;
import io.quizarena.socket.SocketRouting;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.eclipse.microprofile.context.ManagedExecutor;

/**
 * Gets a battle socket to the node that runs the battle: matchmaking may have paired the two players on any node, and
 * each player's socket may land on any other. A battle lives where it was made (docs/adr/0009): this node serves it,
 * or relays the socket to the address the battle's row records.
 */
@ApplicationScoped
class BattleRouting {

    private final BattleRegistry battles;
    private final BattleStore store;
    private final ClusterNode node;
    private final ManagedExecutor workers;
    private final SocketRouting<Battle> routing;

    BattleRouting(
            BattleRegistry battles,
            BattleStore store,
            ClusterNode node,
            ManagedExecutor workers,
            SocketForwarding forwarding,
            RoomConfig config) {
        this.battles = battles;
        this.store = store;
        this.node = node;
        this.workers = workers;
        this.routing =
                new SocketRouting<>("battle", forwarding, config.maxPendingFrames(), "no open battle with this id");
    }

    void open(
            WebSocketConnection connection,
            Consumer<Battle> serve,
            BiConsumer<WebSocketConnection, String> receive,
            Runnable unknown) {
        String id = connection.pathParam("id");
        Battle battle = battles.find(id);
        if (battle != null) {
            serve.accept(battle);
            return;
        }
        routing.open(connection, CompletableFuture.supplyAsync(() -> lookUp(id), workers), serve, receive, unknown);
    }

    private SocketRoute<Battle> lookUp(String id) {
        Battle battle = battles.find(id);
        if (battle != null) {
            return SocketRoute.here(battle);
        }
        BattleStore.Stored stored = store.byId(id);
        if (stored == null
                || !stored.open()
                || stored.ownerUrl() == null
                || node.id().equals(stored.ownerNode())) {
            return SocketRoute.unknown();
        }
        return SocketRoute.owner(stored.ownerUrl());
    }

    boolean intercept(WebSocketConnection connection, String frame) {
        return routing.intercept(connection, frame);
    }

    void closed(WebSocketConnection connection) {
        routing.closed(connection);
    }
}
