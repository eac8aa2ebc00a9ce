package io.quizarena.training;

import io.quizarena.bank.BankDocument.QuestionDocument;
import io.quizarena.bank.LocalizedText;
import io.quizarena.bank.Question;
import io.quizarena.bank.QuestionMapper;
import io.quizarena.bank.Topic;
import io.quizarena.game.NicknamePolicy;
import io.quizarena.game.ProtocolException;
import io.quizarena.problem.ConflictException;
import io.quizarena.problem.InvalidInputException;
import io.quizarena.scoring.ScoringMode;
import io.quizarena.training.TrainingViews.AttemptView;
import io.quizarena.training.review.ReviewQueue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/** Starts attempts: an assignment's next (or continues the open one), a practice round, a review session. */
@ApplicationScoped
public class AttemptStarts {

    static final int PRACTICE_QUESTIONS = 10;
    static final int REVIEW_QUESTIONS = 10;
    private static final LocalizedText PRACTICE = new LocalizedText("练习", "Practice");
    private static final LocalizedText REVIEW = new LocalizedText("错题复习", "Mistakes review");

    private final SecureRandom random = new SecureRandom();
    private final TrainingClock clock;
    private final AttemptService attempts;
    private final QuestionMapper mapper;
    private final NicknamePolicy nicknames;
    private final ReviewQueue queue;
    private final DataSource dataSource;

    AttemptStarts(
            TrainingClock clock,
            AttemptService attempts,
            QuestionMapper mapper,
            NicknamePolicy nicknames,
            ReviewQueue queue,
            DataSource dataSource) {
        this.clock = clock;
        this.attempts = attempts;
        this.mapper = mapper;
        this.nicknames = nicknames;
        this.queue = queue;
        this.dataSource = dataSource;
    }

    /** Continues the learner's open attempt at the assignment, or starts their next one. */
    @Transactional
    public AttemptView assignment(String assignmentId, Learner learner, String nickname) {
        // the lock makes two taps on "Start" one attempt, not two
        Assignment assignment = assignmentId == null || assignmentId.length() > 36
                ? null
                : Assignment.findById(assignmentId, LockModeType.PESSIMISTIC_WRITE);
        if (assignment == null) {
            throw TrainingErrors.unknownAssignment(assignmentId);
        }
        if (assignment.closedAt(clock.now())) {
            throw TrainingErrors.closed();
        }
        List<Attempt> earlier =
                Attempt.list("assignmentId = ?1 and learnerKey = ?2 order by number", assignment.id, learner.key());
        for (Attempt a : earlier) {
            if (!a.finished()) {
                return attempts.view(a, learner.issuedGuestId());
            }
        }
        if (earlier.size() >= assignment.attemptsAllowed) {
            throw TrainingErrors.noAttemptsLeft(assignment.attemptsAllowed);
        }
        List<QuestionDocument> questions = new ArrayList<>(TrainingQuestions.decode(assignment.questions));
        if (assignment.shuffle) {
            Collections.shuffle(questions, random);
        }
        Attempt a = newAttempt(Attempt.Kind.ASSIGNMENT, learner, name(learner, nickname), questions);
        a.assignmentId = assignment.id;
        a.number = earlier.size() + 1;
        a.titleZh = assignment.titleZh;
        a.titleEn = assignment.titleEn;
        a.shuffleChoices = assignment.shuffle;
        a.showExplanations = assignment.showExplanations;
        a.timeLimitSeconds = assignment.timeLimitSeconds;
        a.scoring = assignment.scoring;
        a.deadline = assignment.deadline;
        a.persist();
        return attempts.view(a, learner.issuedGuestId());
    }

    /** Ten official questions of a topic, or of all topics, with the explanation after each answer. */
    @Transactional
    public AttemptView practice(String topic, Learner learner) {
        if (topic != null && Topic.byId(topic).isEmpty()) {
            throw new InvalidInputException("no topic " + topic).withCode("unknown_topic");
        }
        List<Question> pool = topic == null
                ? Question.list("official = true")
                : Question.list("official = true and topic = ?1", topic);
        Collections.shuffle(pool, random);
        List<QuestionDocument> questions =
                pool.stream().limit(PRACTICE_QUESTIONS).map(mapper::toDocument).toList();
        if (questions.isEmpty()) {
            throw new ConflictException("the bank has no questions to practise").withCode("nothing_to_practise");
        }
        LocalizedText title =
                topic == null ? PRACTICE : Topic.byId(topic).orElseThrow().displayName();
        Attempt a = newAttempt(Attempt.Kind.PRACTICE, learner, ownName(learner), questions);
        a.titleZh = title.zh();
        a.titleEn = title.en();
        a.persist();
        return attempts.view(a, learner.issuedGuestId());
    }

    /** Up to ten of the learner's due review cards, most overdue first. */
    @Transactional
    public AttemptView review(Learner learner) {
        List<ReviewQueue.DueCard> due;
        try (Connection c = dataSource.getConnection()) {
            due = queue.due(c, learner.key(), clock.now(), REVIEW_QUESTIONS);
        } catch (SQLException e) {
            throw new IllegalStateException("reading the review queue failed", e);
        }
        List<String> ids = due.stream().map(ReviewQueue.DueCard::questionId).toList();
        Map<String, Question> byId = ids.isEmpty()
                ? Map.of()
                : Question.<Question>list("id in ?1", ids).stream()
                        .collect(Collectors.toMap(q -> q.id, Function.identity()));
        // a question deleted since it was missed has nothing left to review
        List<QuestionDocument> questions = ids.stream()
                .filter(byId::containsKey)
                .map(id -> mapper.toDocument(byId.get(id)))
                .toList();
        if (questions.isEmpty()) {
            throw new ConflictException("no review is due now").withCode("nothing_due");
        }
        Attempt a = newAttempt(Attempt.Kind.REVIEW, learner, ownName(learner), questions);
        a.titleZh = REVIEW.zh();
        a.titleEn = REVIEW.en();
        a.persist();
        return attempts.view(a, learner.issuedGuestId());
    }

    private Attempt newAttempt(Attempt.Kind kind, Learner learner, String nickname, List<QuestionDocument> questions) {
        Attempt a = new Attempt();
        a.id = UUID.randomUUID().toString();
        a.kind = kind;
        a.learnerKey = learner.key();
        a.nickname = nickname;
        a.number = 1;
        a.questions = TrainingQuestions.encode(questions);
        a.questionCount = questions.size();
        a.seed = random.nextLong();
        a.shuffleChoices = true;
        a.showExplanations = true;
        a.scoring = ScoringMode.ACCURACY;
        a.servedIndex = -1;
        a.startedAt = clock.now();
        return a;
    }

    /** Practice and review need no nickname: nobody else sees it. */
    private static String ownName(Learner learner) {
        String name = learner.userName() == null ? "guest" : learner.userName();
        return name.length() > 40 ? name.substring(0, 40) : name;
    }

    /** A signed-in learner is their user name unless they chose a nickname; a guest must choose one. */
    private String name(Learner learner, String nickname) {
        if (nickname == null || nickname.isBlank()) {
            if (learner.userName() != null) {
                return ownName(learner);
            }
            throw new InvalidInputException(
                            "a guest needs a nickname",
                            List.of(new io.quizarena.bank.Violation("/nickname", "required")))
                    .withCode("invalid_input");
        }
        String clean = nicknames.clean(nickname);
        ProtocolException problem = nicknames.problem(clean);
        if (problem != null) {
            throw new InvalidInputException(
                            problem.getMessage(), List.of(new io.quizarena.bank.Violation("/nickname", problem.code)))
                    .withCode("invalid_input");
        }
        return clean;
    }
}
