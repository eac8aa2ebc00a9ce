package io.quizarena.game;

import java.time.Instant;

/**
 * The engine's only clock and timer source. Production uses real time; tests pass a virtual clock they advance by
 * hand, so no test sleeps through a timer and no engine code reads the system clock.
 */
public interface GameClock {

    /** Milliseconds on a monotonic clock: what deadlines and response times run on. */
    long now();

    /** Wall-clock time, for what is recorded (when a game started and ended) and for latency stamps. */
    Instant wallTime();

    /** Runs {@code task} after {@code delayMillis}; the task must hand its work to a game's mailbox itself. */
    Cancellable schedule(long delayMillis, Runnable task);

    /** A scheduled task that can be cancelled; cancelling twice or after it ran does nothing. */
    interface Cancellable {
        void cancel();
    }
}
