package io.quizarena.room;

import io.quarkus.runtime.ShutdownEvent;
import io.quizarena.game.Mailbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** The threads rooms run on: as many as cores, shared by every room's mailbox. */
@ApplicationScoped
public class RoomEngine {

    private final ExecutorService pool;

    public RoomEngine() {
        AtomicInteger n = new AtomicInteger();
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "room-engine-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    public Mailbox newMailbox(String name) {
        return new Mailbox(pool, name);
    }

    void stop(@Observes ShutdownEvent event) {
        pool.shutdownNow();
    }
}
