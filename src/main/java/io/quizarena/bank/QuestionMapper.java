package io.quizarena.bank;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.quizarena.bank.BankDocument.Accepted;
import io.quizarena.bank.BankDocument.Choice;
import io.quizarena.bank.BankDocument.Item;
import io.quizarena.bank.BankDocument.QuestionDocument;
import io.quizarena.bank.BankDocument.Source;
import io.quizarena.bank.QuestionView.ChoiceView;
import io.quizarena.bank.QuestionView.ItemView;
import io.quizarena.bank.QuestionView.NumericView;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/** Converts between the stored {@link Question}, the file format {@link QuestionDocument} and {@link QuestionView}. */
@ApplicationScoped
public class QuestionMapper {

    /** The type-specific part of a question, stored as JSON in {@code question.body}. */
    @RegisterForReflection
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Body(
            List<Choice> choices,
            BigDecimal answer,
            BigDecimal tolerance,
            BigDecimal min,
            BigDecimal max,
            BigDecimal step,
            LocalizedText unit,
            List<Item> items,
            Accepted accepted) {}

    private final ObjectMapper mapper;

    public QuestionMapper(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public QuestionDocument toDocument(Question q) {
        Body body = readBody(q.body);
        Source source = q.sourceDocument == null ? null : new Source(q.sourceDocument, q.sourceSection);
        return new QuestionDocument(
                q.id,
                q.topic,
                q.difficulty,
                q.type,
                new LocalizedText(q.textZh, q.textEn),
                body.choices(),
                body.answer(),
                body.tolerance(),
                body.min(),
                body.max(),
                body.step(),
                body.unit(),
                body.items(),
                body.accepted(),
                new LocalizedText(q.explanationZh, q.explanationEn),
                q.timeLimitSeconds,
                source);
    }

    /**
     * Copies a (validated) document with its time limit onto an entity; the caller sets ownership and timestamps. A
     * missing language is stored as null.
     */
    public void apply(QuestionDocument d, Question q) {
        q.id = d.id();
        q.topic = d.topic();
        q.type = d.type();
        q.difficulty = d.difficulty();
        q.textZh = d.text().zh();
        q.textEn = d.text().en();
        q.explanationZh = d.explanation().zh();
        q.explanationEn = d.explanation().en();
        // callers fill the default first (QuestionDocument.withDefaultTimeLimit), so what is stored is what was hashed
        q.timeLimitSeconds = java.util.Objects.requireNonNull(d.timeLimitSeconds(), "time limit");
        q.body = write(new Body(
                d.choices(), d.answer(), d.tolerance(), d.min(), d.max(), d.step(), d.unit(), d.items(), d.accepted()));
        q.sourceDocument = d.source() == null ? null : d.source().document();
        q.sourceSection = d.source() == null ? null : d.source().section();
        q.contentHash = hash(d);
    }

    public QuestionView toView(Question q, Language lang, boolean withKey) {
        QuestionDocument d = toDocument(q);
        List<ChoiceView> choices = d.choices() == null
                ? null
                : d.choices().stream()
                        .map(c -> new ChoiceView(c.id(), c.text().in(lang), withKey ? c.correct() : null))
                        .toList();
        List<ItemView> items = null;
        if (d.items() != null) {
            items = d.items().stream()
                    .map(i -> new ItemView(i.id(), i.text().in(lang)))
                    .toList();
            if (!withKey) {
                // listed order is the answer: show players a neutral order instead
                items = items.stream()
                        .sorted(Comparator.comparing(ItemView::text))
                        .toList();
            }
        }
        NumericView numeric = d.type() != QuestionType.NUMERIC
                ? null
                : new NumericView(
                        d.min(),
                        d.max(),
                        d.step(),
                        d.unit().in(lang),
                        withKey ? d.answer() : null,
                        withKey ? d.tolerance() : null);
        List<String> accepted = withKey && d.accepted() != null ? d.accepted().in(lang) : null;
        return new QuestionView(
                d.id(),
                d.topic(),
                d.type(),
                d.difficulty(),
                d.text().in(lang),
                choices,
                items,
                numeric,
                accepted,
                withKey ? d.explanation().in(lang) : null,
                d.timeLimitSeconds(),
                q.official,
                q.owner,
                withKey ? d.source() : null,
                d.text().languages().stream().map(Language::code).toList());
    }

    /** SHA-256 of the document's canonical JSON: equal content, equal hash. */
    public String hash(Object document) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(write(document).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    private Body readBody(String json) {
        try {
            return mapper.readValue(json, Body.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored question body is not readable", e);
        }
    }
}
