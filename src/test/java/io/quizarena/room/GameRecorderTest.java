package io.quizarena.room;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizarena.game.GameRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A game is saved whatever the database does meanwhile: tried again, ever less often, until it takes it. */
class GameRecorderTest {

    private static GameRecord record() {
        return new GameRecord(
                "g-1",
                "123456",
                "quiz",
                "host",
                GameRecord.Status.FINISHED,
                "{}",
                List.of(),
                0,
                Instant.EPOCH,
                Instant.EPOCH,
                List.of(),
                List.of());
    }

    @Test
    void aSaveThatFailsIsTriedAgainWithGrowingWaitsUntilItSucceeds() {
        ManualRoomScheduler clock = new ManualRoomScheduler();
        AtomicInteger attempts = new AtomicInteger();
        List<Long> triedAt = new ArrayList<>();
        GameRecorder recorder = new GameRecorder(
                Runnable::run,
                r -> {
                    triedAt.add(clock.now());
                    if (attempts.incrementAndGet() <= 5) {
                        throw new IllegalStateException("the database is away");
                    }
                },
                clock);
        CompletionStage<Void> saved = recorder.save(record());
        assertThat(saved.toCompletableFuture()).isNotDone();
        clock.advance(60_000);
        assertThat(saved.toCompletableFuture()).isCompleted();
        assertThat(attempts).hasValue(6);
        long start = triedAt.get(0);
        assertThat(triedAt.stream().map(t -> t - start).toList())
                .containsExactly(0L, 500L, 1_500L, 3_500L, 7_500L, 15_500L);
    }

    @Test
    void theWaitBetweenAttemptsStopsGrowingAtThirtySeconds() {
        ManualRoomScheduler clock = new ManualRoomScheduler();
        List<Long> triedAt = new ArrayList<>();
        GameRecorder recorder = new GameRecorder(
                Runnable::run,
                r -> {
                    triedAt.add(clock.now());
                    throw new IllegalStateException("still away");
                },
                clock);
        recorder.save(record());
        clock.advance(10 * 60_000);
        long last = triedAt.get(triedAt.size() - 1) - triedAt.get(triedAt.size() - 2);
        assertThat(last).isEqualTo(30_000);
    }
}
