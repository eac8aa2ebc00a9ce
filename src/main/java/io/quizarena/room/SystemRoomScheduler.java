package io.quizarena.room;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/** Real time: {@link System#nanoTime()} and one timer thread that only hands tasks over to room mailboxes. */
@ApplicationScoped
public class SystemRoomScheduler implements RoomScheduler {

    private final ScheduledThreadPoolExecutor timers = new ScheduledThreadPoolExecutor(1, r -> {
        Thread t = new Thread(r, "room-timers");
        t.setDaemon(true);
        return t;
    });

    SystemRoomScheduler() {
        // a cancelled timer leaves the queue at once: otherwise it keeps its closed room in memory until it is due
        timers.setRemoveOnCancelPolicy(true);
    }

    @Override
    public long now() {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime());
    }

    @Override
    public Cancellable schedule(long delayMillis, Runnable task) {
        ScheduledFuture<?> future = timers.schedule(task, Math.max(0, delayMillis), TimeUnit.MILLISECONDS);
        return () -> future.cancel(false);
    }

    /** Timers waiting to run; a cancelled one is not among them. */
    int pendingTimers() {
        return timers.getQueue().size();
    }

    void stop(@Observes ShutdownEvent event) {
        timers.shutdownNow();
    }
}
