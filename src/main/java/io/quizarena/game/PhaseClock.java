package io.quizarena.game;

import java.util.concurrent.Executor;

/**
 * A game's time: the active clock that response times and deadlines run on (paused time does not count), the one
 * phase timer that moves the game on, and plain timers. Every timer hands its task to the game's mailbox, so tasks
 * run in order with the game's commands.
 */
final class PhaseClock {

    private final GameClock clock;
    private final Executor mailbox;

    private boolean paused;
    private long pausedSince;
    private long pausedTotal;

    private GameClock.Cancellable timer;
    private long dueAt = -1; // active time at which the phase action runs
    private Runnable action;

    PhaseClock(GameClock clock, Executor mailbox) {
        this.clock = clock;
        this.mailbox = mailbox;
    }

    /** Milliseconds of unpaused time. */
    long activeNow() {
        long now = clock.now();
        return now - pausedTotal - (paused ? now - pausedSince : 0);
    }

    /** Real (monotonic) time, for windows that pauses do not stretch, such as the resume window. */
    long now() {
        return clock.now();
    }

    boolean paused() {
        return paused;
    }

    /** Runs {@code next} after {@code delayMillis} of active time, replacing whatever phase action was pending. */
    void schedule(long delayMillis, Runnable next) {
        cancel();
        action = next;
        dueAt = activeNow() + delayMillis;
        if (!paused) {
            Runnable armed = next;
            timer = clock.schedule(delayMillis, () -> mailbox.execute(() -> fire(armed)));
        }
    }

    /** While paused: runs {@code next} as soon as the game resumes. */
    void holdUntilResumed(Runnable next) {
        cancel();
        action = next;
        dueAt = activeNow();
    }

    void cancel() {
        if (timer != null) {
            timer.cancel();
        }
        timer = null;
        action = null;
    }

    /** Stops the clock and the phase timer; the phase action waits for {@link #resume}. False if already paused. */
    boolean pause() {
        if (paused) {
            return false;
        }
        paused = true;
        pausedSince = clock.now();
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
        return true;
    }

    /** Starts the clock again and re-arms the phase action; returns the active time it still has to wait. */
    long resume() {
        if (!paused) {
            return 0;
        }
        paused = false;
        pausedTotal += clock.now() - pausedSince;
        if (action == null) {
            return 0;
        }
        long remaining = Math.max(0, dueAt - activeNow());
        Runnable armed = action;
        if (remaining == 0) {
            mailbox.execute(() -> fire(armed));
        } else {
            timer = clock.schedule(remaining, () -> mailbox.execute(() -> fire(armed)));
        }
        return remaining;
    }

    /** Ends a pause for good (the game is over): paused time stops counting, nothing is re-armed. */
    void stop() {
        cancel();
        if (paused) {
            paused = false;
            pausedTotal += clock.now() - pausedSince;
        }
    }

    /** A plain timer on the mailbox, in real time (pauses do not stretch it). */
    GameClock.Cancellable after(long delayMillis, Runnable task) {
        return clock.schedule(delayMillis, () -> mailbox.execute(task));
    }

    private void fire(Runnable armed) {
        // a timer may fire after the phase moved on (skip, end) or while paused: only the current action counts
        if (paused || armed != action) {
            return;
        }
        action = null;
        timer = null;
        armed.run();
    }
}
