package io.quizarena.room;

import io.quizarena.events.Outbox;
import io.quizarena.game.GameClock;
import io.quizarena.game.GameRecord;
import io.quizarena.game.GameSink;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * Saves finished games off the room's mailbox, on a worker thread, and keeps trying until the database takes them: a
 * database that is away at the podium (a failover, a restart) costs a delay, never the game. Saving is idempotent by
 * game id, so an attempt whose commit went through but whose answer was lost is not saved twice. The room hears back
 * through the stage once the game is saved.
 */
@ApplicationScoped
public class GameRecorder implements GameSink {

    private static final Logger LOG = Logger.getLogger(GameRecorder.class);
    static final Duration FIRST_RETRY = Duration.ofMillis(500);
    static final Duration LAST_RETRY = Duration.ofSeconds(30);

    private final Executor workers;
    private final Consumer<GameRecord> store;
    private final GameClock clock;

    @Inject
    GameRecorder(ManagedExecutor workers, GameWriter writer, Outbox outbox, RoomScheduler clock) {
        this(
                workers,
                record -> {
                    writer.write(record);
                    outbox.committed();
                },
                clock);
    }

    /** With any store: tests give one that fails a few times. */
    GameRecorder(Executor workers, Consumer<GameRecord> store, GameClock clock) {
        this.workers = workers;
        this.store = store;
        this.clock = clock;
    }

    @Override
    public CompletionStage<Void> save(GameRecord record) {
        CompletableFuture<Void> saved = new CompletableFuture<>();
        attempt(record, 1, FIRST_RETRY, saved);
        return saved;
    }

    private void attempt(GameRecord record, int attempt, Duration wait, CompletableFuture<Void> saved) {
        workers.execute(() -> {
            try {
                store.accept(record);
                saved.complete(null);
            } catch (RuntimeException e) {
                LOG.warnf(
                        "saving game %s failed (attempt %d, %s); trying again in %d ms",
                        record.gameId(), attempt, e.toString(), wait.toMillis());
                Duration next = wait.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : wait.multipliedBy(2);
                clock.schedule(wait.toMillis(), () -> attempt(record, attempt + 1, next, saved));
            }
        });
    }
}
