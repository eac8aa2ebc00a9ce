package io.quizarena.training;

import io.quizarena.bank.BankDocument.QuestionDocument;
import io.quizarena.game.PlayQuestion;
import io.quizarena.game.Presentation;
import io.quizarena.scoring.Points;
import io.quizarena.scoring.ScoringMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * How an attempt plays a question: the same {@link PlayQuestion} (public part, shape check, credit, key) and the same
 * pure {@link Points} as a live room, with the server's clock for the time limit.
 */
final class AttemptPlay {

    /** Base points of a question in training, as in a room's default. */
    static final int POINTS = 1000;

    /** Time an answer may take to travel: a phone that sent it at 0 s left is not late. */
    static final Duration NETWORK_GRACE = Duration.ofMillis(500);

    /** The limit a question has for speed scoring's arithmetic when the attempt sets none. */
    private static final int UNTIMED_SECONDS = 60;

    private AttemptPlay() {}

    static PlayQuestion question(Attempt a, int index) {
        List<QuestionDocument> questions = TrainingQuestions.decode(a.questions);
        QuestionDocument document = questions.get(index);
        int limit = a.timeLimitSeconds != null ? a.timeLimitSeconds : UNTIMED_SECONDS;
        return new PlayQuestion(document, limit, POINTS, new Presentation(a.seed, true, a.shuffleChoices), index);
    }

    static Long limitMillis(Attempt a) {
        return a.timeLimitSeconds == null ? null : a.timeLimitSeconds * 1000L;
    }

    /** Time left on the served question; null without a limit. */
    static Long remainingMillis(Attempt a, Instant now) {
        Long limit = limitMillis(a);
        if (limit == null || a.servedAt == null) {
            return limit;
        }
        return Math.max(0, limit - Duration.between(a.servedAt, now).toMillis());
    }

    /** True once the served question's limit and the network grace have passed. */
    static boolean expired(Attempt a, Instant now) {
        Long limit = limitMillis(a);
        return limit != null
                && a.servedAt != null
                && now.isAfter(a.servedAt.plusMillis(limit).plus(NETWORK_GRACE));
    }

    /** True once the served question's limit has passed, without the grace: an empty answer then is a time-out. */
    static boolean pastLimit(Attempt a, Instant now) {
        Long limit = limitMillis(a);
        return limit != null && a.servedAt != null && !now.isBefore(a.servedAt.plusMillis(limit));
    }

    static long responseMillis(Attempt a, Instant now) {
        long taken = Math.max(0, Duration.between(a.servedAt, now).toMillis());
        Long limit = limitMillis(a);
        return limit == null ? taken : Math.min(taken, limit);
    }

    static int points(Attempt a, PlayQuestion q, double credit, long responseMillis) {
        if (a.scoring == ScoringMode.SPEED && a.timeLimitSeconds != null) {
            return Points.award(q.points, credit, responseMillis, q.limitMillis, ScoringMode.SPEED);
        }
        return Points.award(q.points, credit, 0, q.limitMillis, ScoringMode.ACCURACY);
    }
}
