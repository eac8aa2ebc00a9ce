package io.quizarena.training;

import io.quizarena.bank.LocalizedText;
import io.quizarena.bank.QuizService;
import io.quizarena.identity.Caller;
import io.quizarena.problem.InvalidInputException;
import io.quizarena.problem.NotFoundException;
import io.quizarena.scoring.ScoringMode;
import io.quizarena.training.TrainingViews.AssignmentView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Trainers' assignments: hand out a quiz with rules, list one's own, show one to whoever opens its link. */
@ApplicationScoped
public class AssignmentService {

    private final QuizService quizzes;
    private final TrainingClock clock;

    AssignmentService(QuizService quizzes, TrainingClock clock) {
        this.quizzes = quizzes;
        this.clock = clock;
    }

    /** @param origin the base of the link players open (docs/adr/0016) */
    @Transactional
    public AssignmentView create(AssignmentRequest request, Caller caller, String origin) {
        if (request == null) {
            throw new InvalidInputException(
                            "a JSON body is required", List.of(new io.quizarena.bank.Violation("/", "missing body")))
                    .withCode("invalid_input");
        }
        Instant now = clock.now();
        var violations = request.violations(now);
        if (!violations.isEmpty()) {
            throw new InvalidInputException("the assignment is not valid", violations).withCode("invalid_input");
        }
        QuizService.Playable quiz;
        try {
            quiz = quizzes.playable(request.quizId(), caller);
        } catch (NotFoundException e) {
            throw new NotFoundException(e.getMessage()).withCode("unknown_quiz");
        }
        if (quiz.questions().isEmpty()) {
            throw new InvalidInputException(
                            "the quiz has no questions", List.of(new io.quizarena.bank.Violation("/quizId", "empty")))
                    .withCode("invalid_input");
        }
        Assignment a = new Assignment();
        a.id = UUID.randomUUID().toString();
        a.quizId = quiz.quizId();
        a.titleZh = quiz.title().zh();
        a.titleEn = quiz.title().en();
        a.owner = caller.name();
        a.createdAt = now;
        a.deadline = request.deadline();
        a.attemptsAllowed = request.attemptsAllowed() == null ? 1 : request.attemptsAllowed();
        a.showExplanations = request.showExplanations() == null || request.showExplanations();
        a.shuffle = request.shuffle() != null && request.shuffle();
        a.timeLimitSeconds = request.timeLimitSeconds();
        a.scoring = request.scoring() == null ? ScoringMode.ACCURACY : request.scoring();
        a.questions = TrainingQuestions.encode(quiz.questions());
        a.questionCount = quiz.questions().size();
        a.persist();
        return view(a, origin);
    }

    /** The caller's assignments, newest first; an admin sees everyone's. */
    @Transactional
    public List<AssignmentView> list(Caller caller, String origin) {
        List<Assignment> found = caller.admin()
                ? Assignment.list("order by createdAt desc")
                : Assignment.list("owner = ?1 order by createdAt desc", caller.name());
        return found.stream().map(a -> view(a, origin)).toList();
    }

    @Transactional
    public AssignmentView view(String id, String origin) {
        Assignment a = id == null || id.length() > 36 ? null : Assignment.findById(id);
        if (a == null) {
            throw TrainingErrors.unknownAssignment(id);
        }
        return view(a, origin);
    }

    private AssignmentView view(Assignment a, String origin) {
        return new AssignmentView(
                a.id,
                a.quizId,
                new LocalizedText(a.titleZh, a.titleEn),
                a.owner,
                a.createdAt,
                a.deadline,
                a.closedAt(clock.now()),
                a.attemptsAllowed,
                a.showExplanations,
                a.shuffle,
                a.timeLimitSeconds,
                a.scoring,
                a.questionCount,
                link(origin, a.id));
    }

    /** The link players open; the QR code on the share page encodes the same. */
    public static String link(String origin, String id) {
        return (origin == null ? "" : origin) + "/train/" + id;
    }
}
