package io.quizarena.training;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The only clock of training: response times, time limits and deadlines. A bean, so tests can move it. */
@ApplicationScoped
public class TrainingClock {

    /** Milliseconds: the database keeps microseconds at most, and a card due "now" must be due when read back now. */
    public Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
