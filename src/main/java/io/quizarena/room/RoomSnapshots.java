package io.quizarena.room;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quizarena.cluster.ClusterNode;
import io.quizarena.game.GameSnapshot;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * Writes rooms' snapshots to their records, on the store thread. Only the latest snapshot of a room waiting to be
 * written is kept, so a burst of boundaries costs one write; a failed write is tried again a second later unless a
 * newer snapshot came. A write this node is not allowed (another node took the room) reports the room as lost.
 */
@ApplicationScoped
class RoomSnapshots {

    private static final Logger LOG = Logger.getLogger(RoomSnapshots.class);
    static final long RETRY_MILLIS = 1_000;

    private final RoomStore store;
    private final RoomStoreThread thread;
    private final ClusterNode node;
    private final Map<String, GameSnapshot> waiting = new ConcurrentHashMap<>();
    private final AtomicBoolean flushQueued = new AtomicBoolean();
    private final DistributionSummary bytes;
    private final Timer writes;
    private volatile Consumer<String> onLost = pin -> {};

    RoomSnapshots(RoomStore store, RoomStoreThread thread, ClusterNode node, MeterRegistry meters) {
        this.store = store;
        this.thread = thread;
        this.node = node;
        this.bytes = DistributionSummary.builder("arena.room.snapshot.bytes")
                .description("Size of a room snapshot as stored (gzip JSON)")
                .baseUnit("bytes")
                .register(meters);
        this.writes = Timer.builder("arena.room.snapshot.write")
                .description("Encoding and writing one room snapshot")
                .register(meters);
    }

    void onLost(Consumer<String> handler) {
        this.onLost = handler;
    }

    /** From a room's mailbox: returns at once. */
    void offer(GameSnapshot snapshot) {
        waiting.put(snapshot.pin(), snapshot);
        if (flushQueued.compareAndSet(false, true)) {
            thread.execute(this::flush);
        }
    }

    /** Whether rooms take snapshots at all (arena.cluster.snapshots). */
    boolean enabled() {
        return node.config().snapshots();
    }

    /** Writes one snapshot now (a drain): completes with whether this node still owned the room. */
    CompletableFuture<Boolean> writeNow(GameSnapshot snapshot) {
        waiting.remove(snapshot.pin());
        return thread.supply(() -> write(snapshot));
    }

    /** The room closed: a snapshot still waiting is dropped. */
    void forget(String pin) {
        waiting.remove(pin);
    }

    private void flush() {
        flushQueued.set(false);
        for (String pin : waiting.keySet()) {
            GameSnapshot snapshot = waiting.remove(pin);
            if (snapshot == null) {
                continue;
            }
            try {
                write(snapshot);
            } catch (RuntimeException e) {
                LOG.warnf("room %s: snapshot not written (%s); trying again", pin, e.getMessage());
                if (waiting.putIfAbsent(pin, snapshot) == null) {
                    thread.after(RETRY_MILLIS, this::flush);
                }
            }
        }
    }

    private boolean write(GameSnapshot snapshot) {
        long start = System.nanoTime();
        byte[] encoded = RoomCodec.snapshot(snapshot);
        boolean owned = store.writeSnapshot(
                snapshot.pin(),
                node.id(),
                encoded,
                snapshot.phase().name(),
                snapshot.locked(),
                !snapshot.hostAway(),
                snapshot.players().size());
        writes.record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
        bytes.record(encoded.length);
        if (!owned) {
            onLost.accept(snapshot.pin());
        }
        return owned;
    }
}
