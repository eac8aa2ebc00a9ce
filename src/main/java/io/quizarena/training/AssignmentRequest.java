package io.quizarena.training;

import io.quizarena.bank.Violation;
import io.quizarena.scoring.ScoringMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** What a trainer asks for when they hand out a quiz; null fields take their defaults. */
public record AssignmentRequest(
        String quizId,
        Instant deadline,
        Integer attemptsAllowed,
        Boolean showExplanations,
        Boolean shuffle,
        Integer timeLimitSeconds,
        ScoringMode scoring) {

    static final int MAX_ATTEMPTS = 10;
    static final int MIN_LIMIT = 5;
    static final int MAX_LIMIT = 600;

    List<Violation> violations(Instant now) {
        List<Violation> out = new ArrayList<>();
        if (quizId == null || quizId.isBlank()) {
            out.add(new Violation("/quizId", "required"));
        }
        if (deadline == null) {
            out.add(new Violation("/deadline", "required"));
        } else if (!deadline.isAfter(now)) {
            out.add(new Violation("/deadline", "must be in the future"));
        }
        if (attemptsAllowed != null && (attemptsAllowed < 1 || attemptsAllowed > MAX_ATTEMPTS)) {
            out.add(new Violation("/attemptsAllowed", "must be 1 to " + MAX_ATTEMPTS));
        }
        if (timeLimitSeconds != null && (timeLimitSeconds < MIN_LIMIT || timeLimitSeconds > MAX_LIMIT)) {
            out.add(new Violation("/timeLimitSeconds", "must be " + MIN_LIMIT + " to " + MAX_LIMIT + " seconds"));
        }
        if (scoring == ScoringMode.SPEED && timeLimitSeconds == null) {
            out.add(new Violation("/scoring", "speed scoring needs a time limit per question"));
        }
        return out;
    }
}
