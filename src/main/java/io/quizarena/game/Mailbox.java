package io.quizarena.game;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import org.jboss.logging.Logger;

/**
 * A room's own serial context: tasks run one at a time, in order, on the shared engine pool. Room code therefore
 * needs no locks, and never runs on an event loop. A busy room yields its thread after a batch so others progress.
 */
public final class Mailbox implements Executor {

    private static final Logger LOG = Logger.getLogger(Mailbox.class);
    private static final int BATCH = 512;

    private final Executor pool;
    private final String name;
    private final BiConsumer<String, Throwable> onFailure;
    private final Queue<Runnable> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();

    public Mailbox(Executor pool, String name) {
        this(pool, name, (room, e) -> LOG.errorf(e, "room %s: command failed", room));
    }

    /** With {@code onFailure} told of every command that threw (tests count them). */
    Mailbox(Executor pool, String name, BiConsumer<String, Throwable> onFailure) {
        this.pool = pool;
        this.name = name;
        this.onFailure = onFailure;
    }

    @Override
    public void execute(Runnable task) {
        queue.add(task);
        if (queued.getAndIncrement() == 0) {
            pool.execute(this::drain);
        }
    }

    private void drain() {
        int ran = 0;
        while (true) {
            Runnable task = queue.poll();
            try {
                task.run();
            } catch (RuntimeException | Error e) {
                // a bug in one command must not stop the room: log it and go on with the next
                onFailure.accept(name, e);
            }
            if (queued.decrementAndGet() == 0) {
                return;
            }
            if (++ran >= BATCH) {
                pool.execute(this::drain);
                return;
            }
        }
    }
}
