package io.quizarena.leaderboard;

import io.quarkus.runtime.ShutdownEvent;
import io.quizarena.leaderboard.LeaderboardQueries.BoardPage;
import io.quizarena.problem.ServiceUnavailableException;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The live board streams of this node: viewers of the same board share one {@link LiveBoard}, one timer ticks them
 * all, and the number of viewers per node is capped (each holds an open HTTP connection).
 */
@ApplicationScoped
public class LiveBoards {

    private record Key(String board, int limit) {}

    private final LeaderboardQueries queries;
    private final BoardChanges changes;
    private final int maxViewers;
    private final long refreshEveryTicks;
    private final Map<Key, LiveBoard> boards = new HashMap<>();
    private final AtomicInteger viewers = new AtomicInteger();
    private final Vertx vertx;
    private final long timer;

    LiveBoards(LeaderboardQueries queries, BoardChanges changes, LeaderboardConfig config, Vertx vertx) {
        this.queries = queries;
        this.changes = changes;
        this.maxViewers = config.liveMaxViewers();
        this.refreshEveryTicks = Math.max(
                1,
                config.liveMaxInterval().toMillis() / config.liveMinInterval().toMillis());
        this.vertx = vertx;
        this.timer = vertx.setPeriodic(config.liveMinInterval().toMillis(), id -> tick());
    }

    /** The board's page now, then again whenever it changes; refused with 503 when this node has all it can hold. */
    Multi<BoardPage> watch(String board, int limit) {
        if (viewers.get() >= maxViewers) {
            throw new ServiceUnavailableException("This server has " + maxViewers
                    + " live board viewers already; reload the page in a minute or read the board without live"
                    + " updates");
        }
        Key key = new Key(board, limit);
        return Multi.createFrom().emitter(viewer -> {
            viewers.incrementAndGet();
            LiveBoard live;
            // joining and leaving are rare next to ticks: one lock keeps a board from being forgotten while joined
            synchronized (boards) {
                live = boards.computeIfAbsent(key, this::newBoard);
                live.join(viewer, changes.version(board));
            }
            viewer.onTermination(() -> {
                viewers.decrementAndGet();
                synchronized (boards) {
                    if (live.leave(viewer)) {
                        boards.remove(key);
                    }
                }
            });
        });
    }

    int viewers() {
        return viewers.get();
    }

    int boardsWatched() {
        synchronized (boards) {
            return boards.size();
        }
    }

    private LiveBoard newBoard(Key key) {
        return new LiveBoard(
                () -> queries.page(key.board(), key.limit(), 0),
                Infrastructure.getDefaultWorkerPool(),
                refreshEveryTicks);
    }

    private void tick() {
        List<Map.Entry<Key, LiveBoard>> watched;
        synchronized (boards) {
            watched = new ArrayList<>(boards.entrySet());
        }
        watched.forEach(e -> e.getValue().tick(changes.version(e.getKey().board())));
    }

    void stop(@Observes ShutdownEvent event) {
        vertx.cancelTimer(timer);
    }
}
