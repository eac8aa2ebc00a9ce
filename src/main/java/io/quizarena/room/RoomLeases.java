package io.quizarena.room;

import io.quarkus.runtime.StartupEvent;
import io.quizarena.cluster.ClusterNode;
import io.quizarena.game.Game;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Keeps this node's rooms: renews their leases a third of a lease apart, notices a room another node took (and sends
 * its connections there), and takes on rooms whose owner stopped renewing, so that a room whose node died goes on
 * even before anyone comes back to it (its host's absence timer, its podium's save).
 */
@ApplicationScoped
class RoomLeases {

    private static final Logger LOG = Logger.getLogger(RoomLeases.class);
    /** Orphaned rooms taken on per round, so one node does not take a dead node's rooms all at once. */
    static final int ADOPT_PER_ROUND = 20;

    private final RoomStore store;
    private final RoomStoreThread thread;
    private final RoomRegistry registry;
    private final RoomDirectory directory;
    private final ClusterNode node;
    private final boolean adopt;

    RoomLeases(
            RoomStore store, RoomStoreThread thread, RoomRegistry registry, RoomDirectory directory, ClusterNode node) {
        this.store = store;
        this.thread = thread;
        this.registry = registry;
        this.directory = directory;
        this.node = node;
        this.adopt = node.config().adoptOrphans();
    }

    void start(@Observes StartupEvent event) {
        thread.every(Math.max(200, directory.leaseMillis() / 3), this::round);
    }

    /** One round, on the store thread. */
    void round() {
        try {
            long now = System.currentTimeMillis();
            Set<String> owned = store.renew(node.id(), now + directory.leaseMillis());
            for (Game game : registry.all()) {
                if (!owned.contains(game.pin())) {
                    directory.lost(game.pin());
                }
            }
            for (String pin : owned) {
                if (!registry.contains(pin)) {
                    store.release(pin, node.id()); // left by an earlier process under this node's name
                }
            }
            if (adopt) {
                for (String pin : store.expired(now, ADOPT_PER_ROUND)) {
                    directory.resolve(pin);
                }
            }
        } catch (RuntimeException e) {
            LOG.warnf("room leases: %s", e.getMessage());
        }
    }
}
