package io.quizarena.room;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.runtime.ShutdownEvent;
import io.quizarena.cluster.ClusterNode;
import io.quizarena.game.Game;
import io.quizarena.game.GameSnapshot;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * A node that is told to stop (SIGTERM: a rolling deploy, a node drain) hands its rooms over instead of ending them:
 * it turns unready and takes no new rooms, lets each open question run to its reveal (within
 * {@code arena.cluster.drain}), writes each room's snapshot, releases its lease, and tells every client to reconnect,
 * which brings them to another node that takes the room on. Runs in Quarkus's pre-shutdown, before the HTTP server
 * stops and before the rooms' threads do; again (a no-op by then) at shutdown, in case pre-shutdown did not run.
 */
@ApplicationScoped
public class RoomDrain {

    private static final Logger LOG = Logger.getLogger(RoomDrain.class);
    /** After the drain's time is up, how long frozen rooms get to hand their snapshot over. */
    static final long FREEZE_MILLIS = 2_000;

    private final RoomRegistry registry;
    private final RoomDirectory directory;
    private final RoomSnapshots snapshots;
    private final RoomStore store;
    private final RoomStoreThread thread;
    private final ClusterNode node;
    private final AtomicBoolean draining = new AtomicBoolean();

    RoomDrain(
            RoomRegistry registry,
            RoomDirectory directory,
            RoomSnapshots snapshots,
            RoomStore store,
            RoomStoreThread thread,
            ClusterNode node) {
        this.registry = registry;
        this.directory = directory;
        this.snapshots = snapshots;
        this.store = store;
        this.thread = thread;
        this.node = node;
    }

    public boolean draining() {
        return draining.get();
    }

    int rooms() {
        return registry.size();
    }

    void beforeShutdown(@Observes ShutdownDelayInitiatedEvent event) {
        drain();
    }

    void atShutdown(@Observes @Priority(1) ShutdownEvent event) {
        drain();
    }

    /** Hands every room over; returns when all are, or when the drain's time (plus a little) is up. */
    void drain() {
        if (!draining.compareAndSet(false, true)) {
            return;
        }
        directory.stopTakingRooms();
        List<Game> games = registry.all();
        if (games.isEmpty()) {
            return;
        }
        long started = System.currentTimeMillis();
        Map<Game, CompletableFuture<GameSnapshot>> frozen = new HashMap<>();
        for (Game game : games) {
            CompletableFuture<GameSnapshot> snapshot = new CompletableFuture<>();
            frozen.put(game, snapshot);
            game.submit(() -> game.drain(snapshot::complete));
        }
        await(
                CompletableFuture.allOf(frozen.values().toArray(CompletableFuture[]::new)),
                node.config().drain().toMillis());
        frozen.forEach((game, snapshot) -> {
            if (!snapshot.isDone()) {
                game.submit(game::drainNow); // mid-question still: the next owner voids that question
            }
        });
        await(CompletableFuture.allOf(frozen.values().toArray(CompletableFuture[]::new)), FREEZE_MILLIS);
        int handed = 0;
        for (var entry : frozen.entrySet()) {
            if (handOver(entry.getKey(), entry.getValue())) {
                handed++;
            }
        }
        LOG.infof(
                "drain: %d of %d rooms handed over in %d ms",
                handed, games.size(), System.currentTimeMillis() - started);
    }

    private boolean handOver(Game game, CompletableFuture<GameSnapshot> frozen) {
        try {
            GameSnapshot snapshot = frozen.getNow(null);
            if (snapshot == null) {
                return false;
            }
            boolean owned = snapshots.writeNow(snapshot).get(10, TimeUnit.SECONDS);
            if (owned) {
                thread.supply(() -> {
                            store.release(game.pin(), node.id());
                            return null;
                        })
                        .get(10, TimeUnit.SECONDS);
            }
            directory.handedOver(game);
            CompletableFuture<Void> told = new CompletableFuture<>();
            game.submit(
                    () -> { // clients hear "reconnect" only once the next node can take the room
                        game.handOff();
                        told.complete(null);
                    });
            told.get(2, TimeUnit.SECONDS);
            return owned;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            LOG.errorf(e, "drain: room %s not handed over", game.pin());
            return false;
        }
    }

    private static void await(CompletableFuture<?> all, long millis) {
        try {
            all.get(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // some rooms are not there yet: the caller deals with each
        }
    }
}
