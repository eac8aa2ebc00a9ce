package io.quizarena.leaderboard;

import io.quizarena.leaderboard.LeaderboardQueries.BoardPage;
import io.smallrye.mutiny.subscription.MultiEmitter;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Everyone watching one board (at one size) on this node. The board is read once per change, or once per refresh
 * interval when nothing changed here (another node may have projected), and that one page goes to every viewer: the
 * database sees one query per board change, whatever the number of viewers.
 */
final class LiveBoard {

    private static final Logger LOG = Logger.getLogger(LiveBoard.class);

    private final Supplier<BoardPage> read;
    private final Executor worker;
    private final long refreshEveryTicks;
    private final Set<MultiEmitter<? super BoardPage>> viewers = new LinkedHashSet<>();
    private BoardPage last;
    private long sentVersion = -1;
    private long ticksSinceSent;
    private boolean reading;

    LiveBoard(Supplier<BoardPage> read, Executor worker, long refreshEveryTicks) {
        this.read = read;
        this.worker = worker;
        this.refreshEveryTicks = Math.max(1, refreshEveryTicks);
    }

    /** A new viewer gets the page already read at once; the first viewer waits for the first read. */
    synchronized void join(MultiEmitter<? super BoardPage> viewer, long version) {
        viewers.add(viewer);
        if (last != null) {
            viewer.emit(last);
        } else {
            readFor(version);
        }
    }

    /** True when nobody watches any more, so the board can be forgotten. */
    synchronized boolean leave(MultiEmitter<? super BoardPage> viewer) {
        viewers.remove(viewer);
        return viewers.isEmpty();
    }

    /** Called once per minimum interval with the board's current version on this node. */
    synchronized void tick(long version) {
        ticksSinceSent++;
        if (version != sentVersion || ticksSinceSent >= refreshEveryTicks) {
            readFor(version);
        }
    }

    private void readFor(long version) {
        if (reading) {
            return; // the read in flight is answered to everyone; a change since is seen at the next tick
        }
        reading = true;
        worker.execute(() -> {
            BoardPage page = null;
            try {
                page = read.get();
            } catch (RuntimeException e) {
                LOG.warnf(e, "reading a live board failed; trying again at the next tick");
            }
            publish(page, version);
        });
    }

    private synchronized void publish(BoardPage page, long version) {
        reading = false;
        if (page == null) {
            return;
        }
        last = page;
        sentVersion = version;
        ticksSinceSent = 0;
        viewers.forEach(v -> v.emit(page));
    }
}
