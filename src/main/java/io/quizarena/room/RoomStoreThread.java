package io.quizarena.room;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The one thread that changes room records: creating, claiming, releasing, renewing and writing snapshots happen in
 * one order, so this node never races itself over who owns a room. Neither the event loop nor a room's mailbox waits
 * for it.
 */
@ApplicationScoped
class RoomStoreThread {

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "room-store");
        t.setDaemon(true);
        return t;
    });

    void execute(Runnable task) {
        executor.execute(task);
    }

    <T> CompletableFuture<T> supply(Supplier<T> task) {
        return CompletableFuture.supplyAsync(task, executor);
    }

    void every(long periodMillis, Runnable task) {
        executor.scheduleWithFixedDelay(task, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
    }

    void after(long delayMillis, Runnable task) {
        executor.schedule(task, delayMillis, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        executor.shutdown();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
