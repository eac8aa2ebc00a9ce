package io.quizarena.events;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

/**
 * Publishes pending outbox rows to the {@code score-events} channel and marks them sent once the channel acknowledged
 * them (Kafka: written with {@code acks=all}; in-process: projected by the leaderboard consumer). While the broker is
 * away it retries with exponential backoff; after a restart it simply finds the rows still pending.
 *
 * <p>Several nodes share one outbox: a relay claims the rows it is about to publish ({@code FOR UPDATE SKIP LOCKED},
 * then a claim with an expiry), so each row is published by one node; a claim of a node that stopped runs out and the
 * rows are free again. A row may still be published twice (an acknowledgement lost); the consumer counts each event
 * id once.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    /** The relay's side of the score-events channel (Kafka: the topic quiz-arena.score-events). */
    public static final String CHANNEL = "score-events-out";

    private final Emitter<String> channel;
    private final String node;
    private final DataSource dataSource;
    private final EventsConfig.Relay config;
    private final Semaphore wakeUps = new Semaphore(0);
    private final AtomicLong backlog = new AtomicLong();
    private final Counter published;
    private final Counter failedRounds;
    private volatile boolean running;
    private Thread thread;
    private Instant nextCleanup = Instant.EPOCH;
    /** Rows handed to the channel and not yet acknowledged or refused; only the relay thread touches it. */
    private final Map<PendingRow, CompletableFuture<Long>> unanswered = new LinkedHashMap<>();

    @jakarta.inject.Inject
    OutboxRelay(
            @Channel(CHANNEL) @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096)
                    Emitter<String> channel,
            DataSource dataSource,
            EventsConfig config,
            MeterRegistry metrics,
            io.quizarena.cluster.ClusterNode node) {
        this(channel, dataSource, config, metrics, node.id());
    }

    /** A relay that claims rows as {@code node} (tests run two on one database). */
    OutboxRelay(
            Emitter<String> channel, DataSource dataSource, EventsConfig config, MeterRegistry metrics, String node) {
        this.channel = channel;
        this.dataSource = dataSource;
        this.config = config.relay();
        this.node = node;
        Gauge.builder("arena.outbox.backlog", backlog, AtomicLong::get)
                .description("Score events written but not yet acknowledged by the score-events channel")
                .register(metrics);
        this.published = Counter.builder("arena.outbox.published").register(metrics);
        this.failedRounds = Counter.builder("arena.outbox.failed.rounds").register(metrics);
    }

    void start(@Observes StartupEvent event) {
        if (!config.enabled()) {
            LOG.info("outbox relay disabled (arena.events.relay.enabled=false): score events stay pending");
            return;
        }
        running = true;
        thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Rows were just committed: publish now instead of at the next poll. */
    void wake() {
        wakeUps.release();
    }

    private void run() {
        Duration backoff = config.initialBackoff();
        while (running) {
            try {
                int published = publishOneRound();
                backoff = config.initialBackoff();
                if (published < config.batchSize()) {
                    cleanUpNowAndThen();
                    wakeUps.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                    wakeUps.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException | SQLException e) {
                failedRounds.increment();
                LOG.warnf("score events not published (%s); retrying in %d ms", e, backoff.toMillis());
                try {
                    Thread.sleep(backoff.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
                backoff = backoff.multipliedBy(2).compareTo(config.maxBackoff()) > 0
                        ? config.maxBackoff()
                        : backoff.multipliedBy(2);
            }
        }
    }

    /**
     * Publishes up to one batch; returns how many rows were acknowledged. Throws if any was not. Rows the channel has
     * neither acknowledged nor refused are not sent again: the next rounds wait for them first, so a long broker
     * outage does not pile up copies in the producer's buffer.
     */
    private int publishOneRound() throws SQLException, InterruptedException {
        if (!unanswered.isEmpty()) {
            settle();
        }
        List<PendingRow> rows = pending();
        if (rows.isEmpty()) {
            return 0;
        }
        for (PendingRow row : rows) {
            CompletableFuture<Long> ack = new CompletableFuture<>();
            unanswered.put(row, ack);
            Message<String> message = Message.of(row.payload())
                    .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                            .withKey(row.key())
                            .build())
                    .withAck(() -> {
                        ack.complete(row.id());
                        return CompletableFuture.completedFuture(null);
                    })
                    .withNack(failure -> {
                        ack.completeExceptionally(failure);
                        return CompletableFuture.completedFuture(null);
                    });
            try {
                channel.send(message);
            } catch (RuntimeException e) {
                ack.completeExceptionally(e);
            }
        }
        return settle();
    }

    /**
     * Waits up to the send timeout for the unanswered rows, marks the acknowledged ones sent and forgets the refused
     * ones (they are pending again). Throws unless every row was acknowledged.
     */
    private int settle() throws SQLException, InterruptedException {
        try {
            CompletableFuture.allOf(unanswered.values().toArray(CompletableFuture[]::new))
                    .get(config.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // some were refused or are still unanswered: settled below
        }
        List<Long> sent = new ArrayList<>();
        List<PendingRow> failed = new ArrayList<>();
        Throwable cause = null;
        for (var it = unanswered.entrySet().iterator(); it.hasNext(); ) {
            var entry = it.next();
            CompletableFuture<Long> ack = entry.getValue();
            if (!ack.isDone()) {
                failed.add(entry.getKey());
                continue;
            }
            it.remove();
            if (ack.isCompletedExceptionally()) {
                failed.add(entry.getKey());
                cause = cause != null ? cause : ack.handle((ok, t) -> t).join();
            } else {
                sent.add(ack.join());
            }
        }
        markSent(sent);
        published.increment(sent.size());
        if (failed.isEmpty()) {
            return sent.size();
        }
        if (cause == null) {
            cause = new TimeoutException("no acknowledgement within " + config.sendTimeout());
        }
        recordFailure(failed, cause);
        throw new IllegalStateException(
                failed.size() + " of " + (sent.size() + failed.size()) + " score events not acknowledged: " + cause);
    }

    private record PendingRow(long id, String key, String payload) {}

    /**
     * Claims up to a batch of pending rows for this node: rows nobody claimed, rows whose claim ran out, and this
     * node's own (sent before, refused). Rows another node is claiming right now are skipped, not waited for.
     */
    private List<PendingRow> pending() throws SQLException {
        List<PendingRow> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                Timestamp now = Timestamp.from(Instant.now());
                try (PreparedStatement s = c.prepareStatement("select id, message_key, payload from outbox_event"
                        + " where sent_at is null and (claimed_until is null or claimed_until < ? or claimed_by = ?)"
                        + " order by id fetch first " + config.batchSize() + " rows only for update skip locked")) {
                    s.setTimestamp(1, now);
                    s.setString(2, node);
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            rows.add(new PendingRow(r.getLong(1), r.getString(2), r.getString(3)));
                        }
                    }
                }
                try (PreparedStatement s =
                        c.prepareStatement("update outbox_event set claimed_by = ?, claimed_until = ? where id = ?")) {
                    Timestamp until = Timestamp.from(
                            now.toInstant().plus(config.sendTimeout()).plusSeconds(30));
                    for (PendingRow row : rows) {
                        s.setString(1, node);
                        s.setTimestamp(2, until);
                        s.setLong(3, row.id());
                        s.addBatch();
                    }
                    s.executeBatch();
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
            if (rows.size() < config.batchSize()) {
                backlog.set(rows.size());
            } else {
                try (PreparedStatement s =
                                c.prepareStatement("select count(*) from outbox_event where sent_at is null");
                        ResultSet r = s.executeQuery()) {
                    r.next();
                    backlog.set(r.getLong(1));
                }
            }
        }
        return rows;
    }

    private void markSent(List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("update outbox_event set sent_at = ? where id = ?")) {
            Timestamp now = Timestamp.from(Instant.now());
            for (Long id : ids) {
                s.setTimestamp(1, now);
                s.setLong(2, id);
                s.addBatch();
            }
            s.executeBatch();
        }
        backlog.addAndGet(-ids.size());
    }

    private void recordFailure(List<PendingRow> failed, Throwable cause) throws SQLException {
        String error = String.valueOf(cause);
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "update outbox_event set attempts = attempts + 1, last_error = ? where id = ?")) {
            for (PendingRow row : failed) {
                s.setString(1, error.length() > 500 ? error.substring(0, 500) : error);
                s.setLong(2, row.id());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private void cleanUpNowAndThen() throws SQLException {
        Instant now = Instant.now();
        if (now.isBefore(nextCleanup)) {
            return;
        }
        nextCleanup = now.plus(Duration.ofHours(1));
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("delete from outbox_event where sent_at < ?")) {
            s.setTimestamp(1, Timestamp.from(now.minus(config.keepSent())));
            s.executeUpdate();
        }
    }
}
