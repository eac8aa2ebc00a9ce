package io.quizarena.training;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quizarena.bank.LocalizedText;
import io.quizarena.game.PlayQuestion;
import io.quizarena.game.Submission;
import io.quizarena.problem.DomainException;
import io.quizarena.training.TrainingViews.AnswerResult;
import io.quizarena.training.TrainingViews.AttemptReview;
import io.quizarena.training.TrainingViews.AttemptView;
import io.quizarena.training.TrainingViews.ReviewItem;
import io.quizarena.training.TrainingViews.Served;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

/**
 * Serves an attempt's questions one at a time and judges the answers. Each call locks its attempt row, so two taps,
 * two tabs or two devices cannot answer the same question twice; the server's clock alone decides what is late.
 */
@ApplicationScoped
public class AttemptService {

    private final TrainingClock clock;
    private final AttemptRecorder recorder;
    private final ObjectMapper json;

    AttemptService(TrainingClock clock, AttemptRecorder recorder, ObjectMapper json) {
        this.clock = clock;
        this.recorder = recorder;
        this.json = json;
    }

    @Transactional
    public AttemptView view(String attemptId, Learner learner) {
        return view(owned(attemptId, learner, false), null);
    }

    /**
     * The question to answer now. A served question whose time ran out is recorded as a miss first; that miss stays
     * recorded even when the answer is then "nothing left".
     */
    @Transactional(dontRollbackOn = DomainException.class)
    public Served next(String attemptId, Learner learner) {
        Attempt a = owned(attemptId, learner, true);
        Instant now = clock.now();
        if (a.finished()) {
            throw TrainingErrors.finished();
        }
        if (a.closedAt(now)) {
            throw TrainingErrors.closed();
        }
        if (a.servedIndex >= 0 && AttemptPlay.expired(a, now)) {
            recorder.record(a, AttemptPlay.question(a, a.servedIndex), null, 0, 0, true, now);
            if (a.finished()) {
                throw TrainingErrors.finished();
            }
        }
        if (a.servedIndex < 0) {
            a.servedIndex = a.answeredCount;
            a.servedAt = now;
        }
        PlayQuestion q = AttemptPlay.question(a, a.servedIndex);
        return new Served(
                a.servedIndex,
                a.questionCount,
                q.publicPart(),
                AttemptPlay.limitMillis(a),
                AttemptPlay.remainingMillis(a, now));
    }

    /** Judges the answer to the served question; an answer after the limit counts as a miss. */
    @Transactional
    public AnswerResult answer(String attemptId, Learner learner, AnswerRequest request) {
        Attempt a = owned(attemptId, learner, true);
        Instant now = clock.now();
        if (a.finished()) {
            throw TrainingErrors.finished();
        }
        if (a.closedAt(now)) {
            throw TrainingErrors.closed();
        }
        int index = request == null || request.index() == null ? -1 : request.index();
        if (index >= 0 && index < a.answeredCount) {
            throw TrainingErrors.alreadyAnswered(index);
        }
        if (a.servedIndex < 0 || index != a.servedIndex) {
            throw TrainingErrors.notServed(index);
        }
        PlayQuestion q = AttemptPlay.question(a, index);
        Submission submission = request.submission();
        String error = submission == null ? "invalid_answer" : q.shapeError(submission);
        // a page whose countdown ran out sends what it has, even nothing: past the limit that is a time-out
        boolean timedOut = AttemptPlay.expired(a, now) || (error != null && AttemptPlay.pastLimit(a, now));
        if (timedOut) {
            submission = null;
        } else if (error != null) {
            throw TrainingErrors.badAnswer(error);
        }
        double credit = timedOut ? 0 : q.credit(submission);
        long responseMillis = AttemptPlay.responseMillis(a, now);
        int points = AttemptPlay.points(a, q, credit, responseMillis);
        recorder.record(a, q, submission, credit, points, timedOut, now);
        return new AnswerResult(
                index,
                credit,
                credit == 1,
                points,
                a.score,
                timedOut,
                q.key(),
                a.showExplanations ? q.explanation() : null,
                a.finished());
    }

    /** Every question of a finished attempt with the learner's answer, the key and the explanation. */
    @Transactional
    public AttemptReview review(String attemptId, Learner learner) {
        Attempt a = owned(attemptId, learner, false);
        if (!a.finished()) {
            throw TrainingErrors.stillOpen();
        }
        List<ReviewItem> items = AttemptAnswer.of(a.id).stream()
                .map(answer -> {
                    PlayQuestion q = AttemptPlay.question(a, answer.questionIndex);
                    return new ReviewItem(
                            answer.questionIndex,
                            q.revealed(),
                            parse(answer.submission),
                            answer.credit,
                            answer.credit == 1,
                            answer.points);
                })
                .toList();
        return new AttemptReview(view(a, null), items);
    }

    AttemptView view(Attempt a, String issuedGuestId) {
        int allowed = 1;
        if (a.assignmentId != null) {
            Assignment assignment = Assignment.findById(a.assignmentId);
            allowed = assignment == null ? 1 : assignment.attemptsAllowed;
        }
        return new AttemptView(
                a.id,
                a.kind,
                a.assignmentId,
                new LocalizedText(a.titleZh, a.titleEn),
                a.nickname,
                a.number,
                allowed,
                a.questionCount,
                a.answeredCount,
                a.score,
                a.correctCount,
                a.finished(),
                a.showExplanations,
                a.timeLimitSeconds,
                a.deadline,
                issuedGuestId);
    }

    private Attempt owned(String attemptId, Learner learner, boolean lock) {
        Attempt a = attemptId == null || attemptId.length() > 36
                ? null
                : lock ? Attempt.findById(attemptId, LockModeType.PESSIMISTIC_WRITE) : Attempt.findById(attemptId);
        if (a == null) {
            throw TrainingErrors.unknownAttempt(attemptId);
        }
        if (learner == null || !learner.key().equals(a.learnerKey)) {
            throw TrainingErrors.notYours();
        }
        return a;
    }

    JsonNode parse(String submission) {
        if (submission == null) {
            return null;
        }
        try {
            return json.readTree(submission);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
