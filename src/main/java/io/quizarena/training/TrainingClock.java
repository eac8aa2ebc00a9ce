package io.quizarena.training;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** The only clock of training: response times, time limits and deadlines. A bean, so tests can move it. */
@ApplicationScoped
public class TrainingClock {

    public Instant now() {
        return Instant.now();
    }
}
