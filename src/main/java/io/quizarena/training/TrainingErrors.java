package io.quizarena.training;

import io.quizarena.problem.ConflictException;
import io.quizarena.problem.DomainException;
import io.quizarena.problem.InvalidInputException;
import io.quizarena.problem.NotAllowedException;
import io.quizarena.problem.NotFoundException;

/** The typed errors of training (docs/training-api.md): each a problem with a {@code code}, and none changes anything. */
final class TrainingErrors {

    private TrainingErrors() {}

    static DomainException unknownAssignment(String id) {
        return new NotFoundException("no assignment " + id).withCode("unknown_assignment");
    }

    static DomainException unknownAttempt(String id) {
        return new NotFoundException("no attempt " + id).withCode("unknown_attempt");
    }

    static DomainException notYours() {
        return new NotAllowedException("this attempt belongs to someone else").withCode("not_your_attempt");
    }

    static DomainException closed() {
        return new ConflictException("the assignment's deadline has passed").withCode("assignment_closed");
    }

    static DomainException noAttemptsLeft(int allowed) {
        return new ConflictException("all " + allowed + " attempts are used").withCode("no_attempts_left");
    }

    static DomainException finished() {
        return new ConflictException("this attempt has no question left").withCode("attempt_finished");
    }

    static DomainException stillOpen() {
        return new ConflictException("the review opens once the attempt is finished").withCode("attempt_open");
    }

    static DomainException alreadyAnswered(int index) {
        return new ConflictException("question " + index + " is answered already").withCode("already_answered");
    }

    static DomainException notServed(int index) {
        return new ConflictException("question " + index + " is not the one served; ask for the next question")
                .withCode("not_served");
    }

    static DomainException badAnswer(String code) {
        return new InvalidInputException("the answer does not fit the question (" + code + ")").withCode(code);
    }
}
