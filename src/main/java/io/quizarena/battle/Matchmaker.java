package io.quizarena.battle;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quizarena.cluster.ClusterNode;
import io.quizarena.game.Peer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Runs matching rounds on this node (one node at a time runs one, see {@link MatchQueue}) and tells this node's
 * searching players which battle they were matched to. Seekers are held by ticket while their socket is open.
 */
@ApplicationScoped
class Matchmaker {

    private static final Logger LOG = Logger.getLogger(Matchmaker.class);

    /** A searching player on this node: their socket and what they look for. */
    record Searching(Peer socket, Seeker seeker) {}

    private final MatchQueue queue;
    private final BattleService battles;
    private final BattleRegistry registry;
    private final BattleConfig config;
    private final ClusterNode node;
    private final Map<String, Searching> searching = new ConcurrentHashMap<>();
    private ScheduledThreadPoolExecutor rounds;

    Matchmaker(
            MatchQueue queue, BattleService battles, BattleRegistry registry, BattleConfig config, ClusterNode node) {
        this.queue = queue;
        this.battles = battles;
        this.registry = registry;
        this.config = config;
        this.node = node;
    }

    void start(@Observes StartupEvent event) {
        rounds = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "battle-matchmaker");
            t.setDaemon(true);
            return t;
        });
        rounds.scheduleWithFixedDelay(
                this::tick, config.matchIntervalMillis(), config.matchIntervalMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (rounds != null) {
            rounds.shutdownNow();
        }
        try {
            queue.cancelNode(node.id());
        } catch (RuntimeException e) {
            LOG.debugf("leaving the battle queue at shutdown failed: %s", e.getMessage());
        }
    }

    /** Queues a player whose socket is on this node. */
    void seek(Peer socket, Seeker seeker) {
        queue.enqueue(seeker, node.id());
        searching.put(seeker.ticket(), new Searching(socket, seeker));
    }

    /** The player stopped searching (they said so, or their socket closed). */
    void cancel(String ticket) {
        if (searching.remove(ticket) != null) {
            queue.cancel(ticket);
        }
    }

    private void tick() {
        try {
            Instant now = Instant.now();
            queue.round(now, waiting -> battles.match(waiting, now));
            if (!searching.isEmpty()) {
                for (Map.Entry<String, String> m : queue.takeMatches(node.id()).entrySet()) {
                    Searching s = searching.remove(m.getKey());
                    if (s != null) {
                        s.socket().send(MatchFrames.matched(m.getValue(), s.seeker(), registry.find(m.getValue())));
                    }
                }
            }
        } catch (RuntimeException e) {
            LOG.warnf("a matching round failed (%s); the next one retries", e.toString());
        }
    }
}
