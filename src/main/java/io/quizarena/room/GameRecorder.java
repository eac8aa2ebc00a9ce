package io.quizarena.room;

import io.quizarena.events.Outbox;
import io.quizarena.game.GameRecord;
import io.quizarena.game.GameSink;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.context.ManagedExecutor;

/** Saves finished games off the room's mailbox, on a worker thread; the room hears back through the stage. */
@ApplicationScoped
public class GameRecorder implements GameSink {

    private final ManagedExecutor workers;
    private final GameWriter writer;
    private final Outbox outbox;

    GameRecorder(ManagedExecutor workers, GameWriter writer, Outbox outbox) {
        this.workers = workers;
        this.writer = writer;
        this.outbox = outbox;
    }

    @Override
    public CompletionStage<Void> save(GameRecord record) {
        return CompletableFuture.runAsync(
                () -> {
                    writer.write(record);
                    outbox.committed();
                },
                workers);
    }
}
