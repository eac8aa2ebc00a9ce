package io.quizarena.leaderboard;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quizarena.events.ScoreEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Consumes the {@code score-events} channel in batches: messages are collected for up to {@code batch-linger} (or
 * until {@code batch-size}), projected in one transaction, and only then acknowledged. An acknowledged Kafka offset
 * is therefore always a projected one; a crash before the commit means redelivery, which the projector ignores. When
 * the database is away, batches are retried with backoff and intake stops once a few batches are waiting. A message
 * this build cannot read is negatively acknowledged, which sends it to the dead-letter topic (docs/adr/0014).
 *
 * <p>Several projector threads may each project a batch at the same time: every change is an addition, so the order
 * of batches does not matter, and two copies of one event in concurrent batches collide on {@code processed_event},
 * which rolls one batch back for a retry that then skips the copy.
 */
@ApplicationScoped
public class ScoreEventConsumer {

    private static final Logger LOG = Logger.getLogger(ScoreEventConsumer.class);

    private final ObjectMapper json;
    private final LeaderboardProjector projector;
    private final BoardChanges changes;
    private final LeaderboardConfig config;
    private final Counter projected;
    private final Counter duplicates;
    private final Counter unreadable;
    private final Counter newerSchema;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition arrived = lock.newCondition();
    private List<Pending> waiting = new ArrayList<>();
    /** Completed when the batch being projected is done; intake waits on it while too much is waiting. */
    private CompletableFuture<Void> drained = new CompletableFuture<>();

    private volatile boolean running;
    private final List<Thread> threads = new ArrayList<>();

    ScoreEventConsumer(
            ObjectMapper json,
            LeaderboardProjector projector,
            BoardChanges changes,
            LeaderboardConfig config,
            MeterRegistry metrics) {
        this.json = json;
        this.projector = projector;
        this.changes = changes;
        this.config = config;
        this.projected = Counter.builder("arena.leaderboard.events.projected").register(metrics);
        this.duplicates = Counter.builder("arena.leaderboard.events.duplicates")
                .description("Events delivered again and recognised by their id: counted once")
                .register(metrics);
        this.unreadable = deadLetters("unreadable", metrics);
        this.newerSchema = deadLetters("newer-schema", metrics);
    }

    private static Counter deadLetters(String reason, MeterRegistry metrics) {
        return Counter.builder("arena.leaderboard.events.dead.letters")
                .description("Score events this build cannot read, sent to the dead-letter topic (in-process: logged)")
                .tag("reason", reason)
                .register(metrics);
    }

    private record Pending(Message<String> message, ScoreEvent event) {}

    @Incoming("score-events")
    public CompletionStage<Void> receive(Message<String> message) {
        ScoreEvent event;
        try {
            event = json.readValue(message.getPayload(), ScoreEvent.class);
        } catch (Exception e) {
            return deadLetter(message, unreadable, e);
        }
        if (event.schemaVersion() > ScoreEvent.SCHEMA_VERSION) {
            return deadLetter(
                    message,
                    newerSchema,
                    new IllegalArgumentException("score event " + event.eventId() + " has schema version "
                            + event.schemaVersion() + ", newer than this build's " + ScoreEvent.SCHEMA_VERSION));
        }
        lock.lock();
        try {
            waiting.add(new Pending(message, event));
            arrived.signal();
            // back-pressure: let the connector deliver more only while a few batches at most are waiting
            return waiting.size() < 4 * config.batchSize() ? CompletableFuture.completedFuture(null) : drained;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Retrying a message nobody can read would stop its partition for good, and acknowledging it would lose it: it
     * is refused (nack) instead. The Kafka connector's failure strategy then writes it to the dead-letter topic with
     * the reason in its headers and commits past it; in-process, {@code InProcessChannel} logs it whole. The next
     * messages are consumed meanwhile.
     */
    private CompletionStage<Void> deadLetter(Message<String> message, Counter reason, Exception cause) {
        reason.increment();
        LOG.errorf("score event refused, to the dead letters: %s", cause.getMessage());
        return message.nack(cause).exceptionally(failed -> {
            // its offset stays uncommitted: the connector reports the channel unhealthy and a restart retries it
            LOG.errorf("the dead-letter topic did not take a refused score event: %s", failed);
            return null;
        });
    }

    void start(@Observes StartupEvent event) {
        running = true;
        for (int i = 0; i < config.projectors(); i++) {
            Thread thread = new Thread(this::run, "leaderboard-projector-" + i);
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        threads.forEach(Thread::interrupt);
    }

    private void run() {
        while (running) {
            List<Pending> batch;
            try {
                batch = nextBatch();
            } catch (InterruptedException e) {
                return;
            }
            if (!batch.isEmpty() && !projectUntilDone(batch)) {
                return;
            }
        }
    }

    /** Waits for a first message, then up to the linger time for more; takes at most one batch. */
    private List<Pending> nextBatch() throws InterruptedException {
        lock.lock();
        try {
            while (waiting.isEmpty()) {
                arrived.await();
            }
            long lingerEnds = System.nanoTime() + config.batchLinger().toNanos();
            while (waiting.size() < config.batchSize()) {
                long left = lingerEnds - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                arrived.awaitNanos(left);
            }
            List<Pending> batch;
            if (waiting.size() <= config.batchSize()) {
                batch = waiting;
                waiting = new ArrayList<>();
            } else {
                batch = new ArrayList<>(waiting.subList(0, config.batchSize()));
                waiting = new ArrayList<>(waiting.subList(config.batchSize(), waiting.size()));
            }
            return batch;
        } finally {
            lock.unlock();
        }
    }

    /** Projects the batch, retrying with backoff until it succeeds; false if stopped first. */
    private boolean projectUntilDone(List<Pending> batch) {
        List<ScoreEvent> events = batch.stream().map(Pending::event).toList();
        Duration backoff = Duration.ofMillis(200);
        while (true) {
            try {
                LeaderboardProjector.Projection done = projector.project(events);
                projected.increment(events.size() - done.duplicates());
                duplicates.increment(done.duplicates());
                batch.forEach(p -> p.message().ack());
                changes.changed(done.boards());
                CompletableFuture<Void> intake;
                lock.lock();
                try {
                    intake = drained;
                    drained = new CompletableFuture<>();
                } finally {
                    lock.unlock();
                }
                intake.complete(null);
                return true;
            } catch (RuntimeException e) {
                // conflicts with another node, a deadlock victim, or the database away: all worth another try
                LOG.warnf(
                        "projecting %d score events failed (%s); retrying in %d ms",
                        events.size(), e, backoff.toMillis());
                if (!running) {
                    return false;
                }
                try {
                    TimeUnit.MILLISECONDS.sleep(backoff.toMillis());
                } catch (InterruptedException interrupted) {
                    return false;
                }
                backoff = backoff.multipliedBy(2).compareTo(Duration.ofSeconds(10)) > 0
                        ? Duration.ofSeconds(10)
                        : backoff.multipliedBy(2);
            }
        }
    }
}
