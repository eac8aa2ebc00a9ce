package io.quizarena.bank;

import io.quarkus.panache.common.Sort;
import io.quizarena.bank.BankDocument.QuestionDocument;
import io.quizarena.identity.Caller;
import io.quizarena.problem.ConflictException;
import io.quizarena.problem.InvalidInputException;
import io.quizarena.problem.NotAllowedException;
import io.quizarena.problem.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads the bank and manages hosts' own questions. Official questions are read-only here. */
@ApplicationScoped
public class QuestionService {

    private final BankValidator validator;
    private final QuestionMapper mapper;

    public QuestionService(BankValidator validator, QuestionMapper mapper) {
        this.validator = validator;
        this.mapper = mapper;
    }

    @Transactional
    public Page<QuestionView> search(QuestionFilter filter, Language lang, Caller caller) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.mine()) {
            where.add("owner = :me");
            params.put("me", caller.name());
        } else if (!caller.admin()) {
            where.add(caller.name() == null ? "official = true" : "(official = true or owner = :me)");
            if (caller.name() != null) {
                params.put("me", caller.name());
            }
        }
        if (filter.topic() != null) {
            where.add("topic = :topic");
            params.put("topic", filter.topic());
        }
        if (filter.type() != null) {
            where.add("type = :type");
            params.put("type", filter.type());
        }
        if (filter.difficulty() != null) {
            where.add("difficulty = :difficulty");
            params.put("difficulty", filter.difficulty());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.add("(lower(textEn) like :text or lower(textZh) like :text)");
            params.put("text", "%" + escapeLike(filter.text().trim().toLowerCase(Locale.ROOT)) + "%");
        }
        String query = where.isEmpty() ? "1 = 1" : String.join(" and ", where);
        var found = Question.<Question>find(
                query, Sort.by("official", Sort.Direction.Descending).and("id"), params);
        long total = found.count();
        List<QuestionView> items = found.page(filter.page(), filter.size()).list().stream()
                .map(q -> mapper.toView(q, lang, caller.canAuthor()))
                .toList();
        return new Page<>(items, filter.page(), filter.size(), total);
    }

    @Transactional
    public QuestionView view(String id, Language lang, Caller caller) {
        return mapper.toView(visible(id, caller), lang, caller.canAuthor());
    }

    /** The question in the bank file format, with its answer key: for hosts and admins. */
    @Transactional
    public QuestionDocument document(String id, Caller caller) {
        return mapper.toDocument(visible(id, caller));
    }

    /** The official questions of a topic ({@code null} for every topic) of these types: what battles draw from. */
    @Transactional
    public List<QuestionDocument> official(String topic, Set<QuestionType> types) {
        var found = topic == null
                ? Question.<Question>list("official = true and type in ?1", types)
                : Question.<Question>list("official = true and topic = ?1 and type in ?2", topic, types);
        return found.stream().map(mapper::toDocument).toList();
    }

    /** Questions by id in the order given, skipping ids that no longer exist: a ghost replays an earlier run. */
    @Transactional
    public List<QuestionDocument> byIds(List<String> ids) {
        List<QuestionDocument> out = new java.util.ArrayList<>();
        for (String id : ids) {
            Question q = Question.findById(id);
            if (q != null) {
                out.add(mapper.toDocument(q));
            }
        }
        return out;
    }

    @Transactional
    public QuestionDocument create(QuestionDocument document, Caller caller) {
        QuestionDocument withId = document.id() == null ? document.withId(HostContentIds.newQuestionId()) : document;
        requireValidHostQuestion(withId);
        if (Question.findById(withId.id()) != null) {
            throw new ConflictException("question id " + withId.id() + " is taken");
        }
        QuestionDocument complete = withId.withDefaultTimeLimit();
        persistNew(complete, caller.name());
        return complete;
    }

    @Transactional
    public QuestionDocument update(String id, QuestionDocument document, Caller caller) {
        Question existing = editable(id, caller);
        QuestionDocument withId = document.withId(id);
        requireValidHostQuestion(withId);
        QuestionDocument complete = withId.withDefaultTimeLimit();
        mapper.apply(complete, existing);
        existing.updatedAt = now();
        return complete;
    }

    @Transactional
    public void delete(String id, Caller caller) {
        Question existing = editable(id, caller);
        long uses = Quiz.count("select count(z) from Quiz z join z.questionIds qid where qid = ?1", id);
        if (uses > 0) {
            throw new ConflictException(
                    "question " + id + " is used by " + uses + " quiz(zes); remove it from them" + " first");
        }
        existing.delete();
    }

    /** Validates a host question: the shared rules plus the id space reserved for the official bank. */
    void requireValidHostQuestion(QuestionDocument document) {
        List<Violation> violations = new ArrayList<>(validator.checkQuestion(document));
        if (document.id() != null && HostContentIds.isReservedForOfficialQuestion(document.id())) {
            violations.add(new Violation("/id", "ids like " + document.id() + " are reserved for the official bank"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException("the question is not valid", violations);
        }
    }

    Question persistNew(QuestionDocument document, String owner) {
        Question q = new Question();
        mapper.apply(document, q);
        q.official = false;
        q.owner = owner;
        q.createdAt = now();
        q.updatedAt = q.createdAt;
        q.persist();
        return q;
    }

    private Question visible(String id, Caller caller) {
        Question q = Question.findById(id);
        if (q == null || !caller.maySee(q.official, q.owner)) {
            throw new NotFoundException("no question " + id);
        }
        return q;
    }

    Question editable(String id, Caller caller) {
        Question q = Question.findById(id);
        if (q == null) {
            throw new NotFoundException("no question " + id);
        }
        if (q.official) {
            throw new NotAllowedException("official questions are read-only; their source is the bank file");
        }
        if (!caller.mayEdit(q.owner)) {
            throw new NotAllowedException("question " + id + " belongs to another host");
        }
        return q;
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
