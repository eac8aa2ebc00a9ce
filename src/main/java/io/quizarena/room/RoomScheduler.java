package io.quizarena.room;

import io.quizarena.game.GameClock;
import java.time.Instant;

/**
 * The clock and timers rooms run on, as a bean. Production uses {@link SystemRoomScheduler}; tests replace it with a
 * virtual clock they advance by hand, so no test sleeps through a timer.
 */
public interface RoomScheduler extends GameClock {

    @Override
    default Instant wallTime() {
        return Instant.now();
    }
}
