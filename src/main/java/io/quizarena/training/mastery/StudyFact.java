package io.quizarena.training.mastery;

import java.time.Instant;

/** One answer a learner gave, anywhere: the unit mastery is computed from. */
public record StudyFact(String topic, Instant answeredAt, boolean correct) {}
