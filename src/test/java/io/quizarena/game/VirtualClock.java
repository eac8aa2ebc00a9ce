package io.quizarena.game;

import java.time.Instant;
import java.util.PriorityQueue;

/** Virtual time for engine tests: the clock moves only when a test calls {@link #advance}, which fires due timers. */
final class VirtualClock implements GameClock {

    private static final Instant EPOCH = Instant.parse("2026-12-01T10:00:00Z");

    private record Task(long due, long sequence, Runnable action, boolean[] cancelled) {}

    private final PriorityQueue<Task> tasks = new PriorityQueue<>(
            (a, b) -> a.due != b.due ? Long.compare(a.due, b.due) : Long.compare(a.sequence, b.sequence));
    private long now;
    private long sequence;

    @Override
    public long now() {
        return now;
    }

    @Override
    public Instant wallTime() {
        return EPOCH.plusMillis(now);
    }

    @Override
    public Cancellable schedule(long delayMillis, Runnable task) {
        boolean[] cancelled = {false};
        tasks.add(new Task(now + Math.max(0, delayMillis), sequence++, task, cancelled));
        return () -> cancelled[0] = true;
    }

    /** Moves the clock forward, running every timer that falls due on the way, in order. */
    void advance(long millis) {
        long target = now + millis;
        while (!tasks.isEmpty() && tasks.peek().due <= target) {
            Task next = tasks.poll();
            now = next.due;
            if (!next.cancelled[0]) {
                next.action.run();
            }
        }
        now = target;
    }

    /** Timers still waiting (cancelled ones included until they fall due). */
    int pending() {
        return (int) tasks.stream().filter(t -> !t.cancelled[0]).count();
    }
}
