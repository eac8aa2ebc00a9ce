package io.quizarena.leaderboard;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Keeps {@code processed_event} (the projector's memory of the events it counted) from growing for ever. An id only
 * matters while its event can be delivered again, that is while its record is on the topic: after a lost offset
 * commit, or when the consumer group's offsets expired and it starts again from the earliest record. Ids older than
 * {@code arena.leaderboard.processed-ids.keep}, which is longer than a record stays on the topic, are deleted. Every
 * node prunes; two nodes pruning at once delete the same rows, which is harmless.
 */
@ApplicationScoped
class ProcessedEventPruner {

    private static final Logger LOG = Logger.getLogger(ProcessedEventPruner.class);

    /** Rows deleted per statement: a first run over a large table holds no long locks and no huge transaction. */
    static final int CHUNK = 5000;

    private final DataSource dataSource;
    private final ProcessedIdsConfig config;

    ProcessedEventPruner(DataSource dataSource, ProcessedIdsConfig config) {
        this.dataSource = dataSource;
        this.config = config;
    }

    @Scheduled(
            identity = "prune-processed-events",
            every = "{arena.leaderboard.processed-ids.prune-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void pruneNow() {
        try {
            prune(Instant.now());
        } catch (RuntimeException e) {
            // the database away, for example: the next run catches up
            LOG.warnf("pruning processed event ids failed (%s); trying again at the next run", e);
        }
    }

    /** Deletes the ids processed before {@code now} minus the keep period; returns how many went. */
    int prune(Instant now) {
        return pruneBefore(now.minus(config.keep()), CHUNK);
    }

    int pruneBefore(Instant horizon, int chunk) {
        int deleted = 0;
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("delete from processed_event where event_id in (select"
                        + " event_id from processed_event where processed_at < ? fetch first " + chunk
                        + " rows only)")) {
            s.setTimestamp(1, Timestamp.from(horizon));
            int n;
            do {
                n = s.executeUpdate();
                deleted += n;
            } while (n == chunk);
        } catch (SQLException e) {
            throw new IllegalStateException("pruning processed event ids before " + horizon + " failed", e);
        }
        if (deleted > 0) {
            LOG.infof("pruned %d processed event ids from before %s", deleted, horizon);
        }
        return deleted;
    }
}
