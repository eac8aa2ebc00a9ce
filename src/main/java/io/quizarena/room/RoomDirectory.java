package io.quizarena.room;

import io.quizarena.cluster.ClusterNode;
import io.quizarena.game.Game;
import io.quizarena.game.Phase;
import io.quizarena.socket.SocketRoute;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Which node runs which room, and what to do with traffic for a PIN: serve it here, pass it on to the owner, or take
 * the room over when its owner's lease has run out (restoring it from its snapshot). Every change of ownership runs
 * on the {@link RoomStoreThread}; lookups of rooms this node runs never leave memory. docs/adr/0009.
 */
@ApplicationScoped
public class RoomDirectory {

    private static final Logger LOG = Logger.getLogger(RoomDirectory.class);
    private static final Pattern PIN = Pattern.compile("\\d{6}");
    /** A PIN whose room nobody has held for this long is free for a new room. */
    static final long ABANDONED_MILLIS = 24 * 3_600_000L;
    /** How long this node trusts that a room is elsewhere before it asks the database again. */
    static final long REMOTE_CACHE_MILLIS = 2_000;

    private record Remote(String url, long until) {}

    private final RoomRegistry registry;
    private final RoomStore store;
    private final RoomStoreThread thread;
    private final RoomSnapshots snapshots;
    private final RoomGames games;
    private final ClusterNode node;
    private final SecureRandom random = new SecureRandom();
    private volatile boolean closing;
    private final Map<String, CompletableFuture<SocketRoute<Game>>> resolving = new ConcurrentHashMap<>();
    private final Map<String, Remote> remotes = new ConcurrentHashMap<>();

    RoomDirectory(
            RoomRegistry registry,
            RoomStore store,
            RoomStoreThread thread,
            RoomSnapshots snapshots,
            RoomGames games,
            ClusterNode node) {
        this.registry = registry;
        this.store = store;
        this.thread = thread;
        this.snapshots = snapshots;
        this.games = games;
        this.node = node;
        snapshots.onLost(this::lost);
    }

    /** The open room with this PIN if this node runs it; no database. */
    Game local(String pin) {
        Game game = registry.find(pin);
        return game == null || game.phase() == Phase.CLOSED ? null : game;
    }

    /**
     * Opens a room with a fresh PIN, recorded as this node's, unless its host has {@code maxPerHost} open already (on
     * any node: counted on the store thread, so this node's own creations never race). Blocking: for a worker thread.
     */
    Game open(RoomPlan plan, int maxPerHost) {
        byte[] stored = RoomCodec.plan(plan);
        try {
            return thread.supply(() -> {
                        if (plan.owner() != null
                                && store.openRooms(plan.owner(), System.currentTimeMillis() - ABANDONED_MILLIS)
                                        >= maxPerHost) {
                            throw new TooManyRoomsException(maxPerHost);
                        }
                        return insert(plan, stored);
                    })
                    .join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private Game insert(RoomPlan plan, byte[] stored) {
        while (true) {
            String pin = String.valueOf(100_000 + random.nextInt(900_000));
            if (registry.contains(pin)) {
                continue;
            }
            long now = System.currentTimeMillis();
            long until = now + leaseMillis();
            boolean recorded = store.insert(pin, stored, plan.owner(), node.id(), node.url(), until)
                    || (store.deleteAbandoned(pin, now - ABANDONED_MILLIS)
                            && store.insert(pin, stored, plan.owner(), node.id(), node.url(), until));
            if (recorded) {
                Game game = games.build(pin, plan, null, this::closed);
                registry.put(game);
                return game;
            }
        }
    }

    /** Where traffic for {@code pin} goes. Completes at once for rooms this node runs. */
    public CompletionStage<SocketRoute<Game>> route(String pin) {
        Game game = local(pin);
        if (game != null) {
            return CompletableFuture.completedFuture(SocketRoute.here(game));
        }
        if (pin == null || !PIN.matcher(pin).matches()) {
            return CompletableFuture.completedFuture(SocketRoute.unknown());
        }
        Remote remote = remotes.get(pin);
        if (remote != null && remote.until() > System.currentTimeMillis()) {
            return CompletableFuture.completedFuture(SocketRoute.owner(remote.url()));
        }
        CompletableFuture<SocketRoute<Game>> mine = new CompletableFuture<>();
        CompletableFuture<SocketRoute<Game>> pending = resolving.putIfAbsent(pin, mine);
        if (pending != null) {
            return pending; // sockets of one room arriving together share one lookup (and one restore)
        }
        thread.execute(() -> {
            try {
                mine.complete(resolve(pin));
            } catch (RuntimeException e) {
                LOG.errorf(e, "room %s: could not be looked up or taken over", pin);
                mine.completeExceptionally(e);
            } finally {
                resolving.remove(pin, mine);
            }
        });
        return mine;
    }

    /** On the store thread. */
    SocketRoute<Game> resolve(String pin) {
        Game game = local(pin);
        if (game != null) {
            return SocketRoute.here(game);
        }
        RoomStore.Row row = store.find(pin, false);
        if (row == null) {
            return SocketRoute.unknown();
        }
        long now = System.currentTimeMillis();
        boolean mine = node.id().equals(row.ownerNode());
        if (row.leaseUntil() >= now && !mine) {
            remotes.put(pin, new Remote(row.ownerUrl(), now + REMOTE_CACHE_MILLIS));
            return SocketRoute.owner(row.ownerUrl());
        }
        if (closing) {
            return SocketRoute.tryAgain(); // shutting down: another node takes it
        }
        if (mine) {
            store.release(pin, node.id()); // held under this node's name by an earlier process: free it first
        }
        if (!store.claim(pin, node.id(), node.url(), now, now + leaseMillis())) {
            RoomStore.Row winner = store.find(pin, false);
            return winner == null ? SocketRoute.unknown() : SocketRoute.owner(winner.ownerUrl());
        }
        RoomStore.Row claimed = store.find(pin, true);
        Game restored =
                games.build(pin, RoomCodec.plan(claimed.plan()), RoomCodec.snapshot(claimed.snapshot()), this::closed);
        registry.put(restored);
        remotes.remove(pin);
        LOG.infof(
                "room %s: taken over from %s",
                pin,
                mine ? "an earlier process" : row.ownerNode() == null ? "a node that released it" : row.ownerNode());
        return SocketRoute.here(restored);
    }

    /** The room ended: its record goes, and its PIN is free. */
    private void closed(Game game) {
        if (registry.remove(game)) {
            snapshots.forget(game.pin());
            thread.execute(() -> store.delete(game.pin(), node.id()));
        }
    }

    /** Another node owns the room now (this one lost its lease): its connections are sent there. */
    void lost(String pin) {
        Game game = registry.remove(pin);
        if (game != null) {
            LOG.warnf("room %s: another node holds it now; its connections are told to reconnect", pin);
            game.submit(game::handOff);
        }
    }

    /** Shutting down: this node takes no room over from now on. */
    void stopTakingRooms() {
        closing = true;
    }

    /** A room handed over on shutdown: no longer run here, record kept for the next owner. */
    void handedOver(Game game) {
        registry.remove(game);
    }

    long leaseMillis() {
        return node.config().lease().toMillis();
    }
}
