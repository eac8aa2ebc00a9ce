package io.quizarena.room;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizarena.game.GameClock.Cancellable;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rooms cancel most of their timers (every early reveal, every closed room): a cancelled timer must not linger. */
class SystemRoomSchedulerTest {

    @Test
    void aCancelledTimerLeavesTheQueueAtOnce() {
        SystemRoomScheduler scheduler = new SystemRoomScheduler();
        try {
            List<Cancellable> timers = new ArrayList<>();
            for (int i = 0; i < 1_000; i++) {
                timers.add(scheduler.schedule(600_000, () -> {}));
            }
            assertThat(scheduler.pendingTimers()).isEqualTo(1_000);
            timers.forEach(Cancellable::cancel);
            assertThat(scheduler.pendingTimers())
                    .as("each queued timer holds its room until it is due")
                    .isZero();
        } finally {
            scheduler.stop(null);
        }
    }
}
