package io.quizarena.bank;

import io.quarkus.panache.common.Sort;
import io.quizarena.bank.BankDocument.QuizDocument;
import io.quizarena.identity.Caller;
import io.quizarena.problem.ConflictException;
import io.quizarena.problem.InvalidInputException;
import io.quizarena.problem.NotAllowedException;
import io.quizarena.problem.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Premade quizzes (read-only) and hosts' own quizzes. */
@ApplicationScoped
public class QuizService {

    static final int MAX_QUESTIONS = 100;

    private final QuestionMapper questionMapper;

    public QuizService(QuestionMapper questionMapper) {
        this.questionMapper = questionMapper;
    }

    @Transactional
    public Page<QuizView> list(boolean mine, int page, int size, Language lang, Caller caller) {
        String query;
        Map<String, Object> params = new java.util.HashMap<>();
        if (mine) {
            query = "owner = :me";
            params.put("me", caller.name());
        } else if (caller.admin()) {
            query = "1 = 1";
        } else if (caller.name() != null) {
            query = "official = true or owner = :me";
            params.put("me", caller.name());
        } else {
            query = "official = true";
        }
        var found = Quiz.<Quiz>find(
                query, Sort.by("official", Sort.Direction.Descending).and("id"), params);
        List<Quiz> shown = found.page(page, size).list();
        Set<String> questionIds = new HashSet<>();
        shown.forEach(z -> questionIds.addAll(z.questionIds));
        Map<String, Set<Language>> languages = QuizLanguages.ofQuestions(questionIds);
        List<QuizView> items =
                shown.stream().map(z -> summary(z, lang, languages)).toList();
        return new Page<>(items, page, size, found.count());
    }

    @Transactional
    public QuizView view(String id, Language lang, Caller caller) {
        Quiz quiz = visible(id, caller);
        Map<String, Question> byId = Question.<Question>list("id in ?1", quiz.questionIds).stream()
                .collect(Collectors.toMap(q -> q.id, Function.identity()));
        List<QuestionView> questions = quiz.questionIds.stream()
                .map(byId::get)
                .map(q -> questionMapper.toView(q, lang, caller.canAuthor()))
                .toList();
        LocalizedText title = new LocalizedText(quiz.titleZh, quiz.titleEn);
        return new QuizView(
                quiz.id,
                title.in(lang),
                new LocalizedText(quiz.descriptionZh, quiz.descriptionEn).in(lang),
                quiz.official,
                quiz.owner,
                quiz.questionIds.size(),
                List.copyOf(quiz.questionIds),
                questions,
                QuizLanguages.of(
                        title, byId.values().stream().map(QuizLanguages::of).toList()));
    }

    /** A quiz ready to be played: its title and its questions in order, with their keys. */
    public record Playable(String quizId, LocalizedText title, List<BankDocument.QuestionDocument> questions) {}

    /** Loads a quiz the caller may use, for a room about to be played. */
    @Transactional
    public Playable playable(String id, Caller caller) {
        Quiz quiz = visible(id, caller);
        Map<String, Question> byId = Question.<Question>list("id in ?1", quiz.questionIds).stream()
                .collect(Collectors.toMap(q -> q.id, Function.identity()));
        List<BankDocument.QuestionDocument> questions = quiz.questionIds.stream()
                .map(byId::get)
                .map(questionMapper::toDocument)
                .toList();
        return new Playable(quiz.id, new LocalizedText(quiz.titleZh, quiz.titleEn), questions);
    }

    @Transactional
    public QuizDocument document(String id, Caller caller) {
        return toDocument(visible(id, caller));
    }

    @Transactional
    public QuizDocument create(QuizDocument request, Caller caller) {
        QuizDocument withId = request.id() == null
                ? new QuizDocument(
                        HostContentIds.newQuizId(), request.title(), request.description(), request.questionIds())
                : request;
        requireValid(withId, caller, Set.of());
        if (Quiz.findById(withId.id()) != null) {
            throw new ConflictException("quiz id " + withId.id() + " is taken");
        }
        Quiz quiz = new Quiz();
        quiz.official = false;
        quiz.owner = caller.name();
        quiz.createdAt = QuestionService.now();
        apply(withId, quiz);
        quiz.persist();
        return withId;
    }

    @Transactional
    public QuizDocument update(String id, QuizDocument request, Caller caller) {
        Quiz quiz = editable(id, caller);
        QuizDocument withId = new QuizDocument(id, request.title(), request.description(), request.questionIds());
        requireValid(withId, caller, Set.of());
        apply(withId, quiz);
        return withId;
    }

    @Transactional
    public void delete(String id, Caller caller) {
        editable(id, caller).delete();
    }

    /**
     * Checks a host quiz. {@code pendingQuestionIds} are questions created in the same import, which count as the
     * caller's own.
     */
    void requireValid(QuizDocument quiz, Caller caller, Set<String> pendingQuestionIds) {
        List<Violation> violations = new ArrayList<>();
        if (quiz.id() != null && !quiz.id().matches("^[a-z][a-z0-9-]{2,60}$")) {
            violations.add(new Violation("/id", "ids are 3 to 61 lower-case letters, digits and dashes"));
        } else if (quiz.id() != null && quiz.id().startsWith("topic-")) {
            violations.add(new Violation("/id", "ids starting with topic- are reserved for the official bank"));
        }
        requireText(quiz.title(), "/title", 400, violations);
        requireText(quiz.description(), "/description", 2000, violations);
        List<String> ids = quiz.questionIds();
        if (ids == null || ids.isEmpty() || ids.size() > MAX_QUESTIONS) {
            violations.add(new Violation("/questionIds", "a quiz has 1 to " + MAX_QUESTIONS + " questions"));
        } else {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < ids.size(); i++) {
                String qid = ids.get(i);
                if (!seen.add(qid)) {
                    violations.add(new Violation("/questionIds/" + i, "question " + qid + " is listed twice"));
                } else if (!pendingQuestionIds.contains(qid) && !usable(qid, caller)) {
                    violations.add(new Violation("/questionIds/" + i, "no question " + qid + " you may use"));
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException("the quiz is not valid", violations);
        }
    }

    QuizDocument toDocument(Quiz quiz) {
        return new QuizDocument(
                quiz.id,
                new LocalizedText(quiz.titleZh, quiz.titleEn),
                new LocalizedText(quiz.descriptionZh, quiz.descriptionEn),
                List.copyOf(quiz.questionIds));
    }

    void apply(QuizDocument document, Quiz quiz) {
        quiz.id = document.id();
        quiz.titleZh = document.title().zh();
        quiz.titleEn = document.title().en();
        quiz.descriptionZh = document.description().zh();
        quiz.descriptionEn = document.description().en();
        quiz.questionIds.clear();
        quiz.questionIds.addAll(document.questionIds());
        quiz.contentHash = questionMapper.hash(document);
        quiz.updatedAt = QuestionService.now();
    }

    private static boolean usable(String questionId, Caller caller) {
        Question q = Question.findById(questionId);
        return q != null && caller.maySee(q.official, q.owner);
    }

    /** A title or description in Chinese, English or both (the official bank's have both: BankValidator). */
    private static void requireText(LocalizedText text, String field, int max, List<Violation> violations) {
        if (text == null || text.languages().isEmpty()) {
            violations.add(new Violation(field, "required, in Chinese (zh), English (en) or both"));
            return;
        }
        for (Language l : text.languages()) {
            if (text.exactly(l).length() > max) {
                violations.add(new Violation(field + "/" + l.code(), "at most " + max + " characters"));
            }
        }
    }

    private Quiz visible(String id, Caller caller) {
        Quiz quiz = Quiz.findById(id);
        if (quiz == null || !caller.maySee(quiz.official, quiz.owner)) {
            throw new NotFoundException("no quiz " + id);
        }
        return quiz;
    }

    private Quiz editable(String id, Caller caller) {
        Quiz quiz = Quiz.findById(id);
        if (quiz == null) {
            throw new NotFoundException("no quiz " + id);
        }
        if (quiz.official) {
            throw new NotAllowedException("premade quizzes are read-only; their source is the bank file");
        }
        if (!caller.mayEdit(quiz.owner)) {
            throw new NotAllowedException("quiz " + id + " belongs to another host");
        }
        return quiz;
    }

    private static QuizView summary(Quiz quiz, Language lang, Map<String, Set<Language>> questionLanguages) {
        LocalizedText title = new LocalizedText(quiz.titleZh, quiz.titleEn);
        List<Set<Language>> parts = quiz.questionIds.stream()
                .map(id -> questionLanguages.getOrDefault(id, Set.of(Language.values())))
                .toList();
        return new QuizView(
                quiz.id,
                title.in(lang),
                new LocalizedText(quiz.descriptionZh, quiz.descriptionEn).in(lang),
                quiz.official,
                quiz.owner,
                quiz.questionIds.size(),
                null,
                null,
                QuizLanguages.of(title, parts));
    }
}
