package io.quizarena.game;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quizarena.bank.BankDocument.Choice;
import io.quizarena.bank.BankDocument.Item;
import io.quizarena.bank.BankDocument.QuestionDocument;
import io.quizarena.bank.Language;
import io.quizarena.bank.LocalizedText;
import io.quizarena.bank.QuestionType;
import io.quizarena.scoring.AnswerCheck;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A question as a game plays it: the public part that players see before the reveal, in the room's presentation
 * order, and the key, which stays here until the reveal. Nothing in {@link #publicPart()} depends on the key except
 * that an ordering question is never shown in its answer's order ({@link Presentation}).
 */
public final class PlayQuestion {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    public final String id;
    public final String topic;
    public final QuestionType type;
    public final long limitMillis;
    public final int points;
    private final QuestionDocument document;
    private final List<Choice> shownChoices;
    private final List<Item> shownItems;
    private final Set<String> choiceIds = new HashSet<>();
    private final Set<String> itemIds = new HashSet<>();

    /**
     * @param index the question's place in the game, which with the presentation's seed fixes the order it is shown in
     */
    public PlayQuestion(QuestionDocument document, int limitSeconds, int points, Presentation presentation, int index) {
        this.id = document.id();
        this.topic = document.topic();
        this.type = document.type();
        this.limitMillis = limitSeconds * 1000L;
        this.points = points;
        this.document = document;
        this.shownChoices = presentation.choices(document, index);
        this.shownItems = presentation.items(document, index);
        shownChoices.forEach(c -> choiceIds.add(c.id()));
        shownItems.forEach(i -> itemIds.add(i.id()));
    }

    public QuestionDocument document() {
        return document;
    }

    /** The question as players see it before the reveal: texts in both languages, choices without correctness. */
    public ObjectNode publicPart() {
        ObjectNode q = JSON.objectNode();
        q.put("id", id);
        q.put("type", type.wireName());
        q.set("text", Frames.text(document.text()));
        switch (type) {
            case SINGLE, MULTI, TRUE_FALSE -> {
                ArrayNode choices = q.putArray("choices");
                shownChoices.forEach(c -> choices.addObject().put("id", c.id()).set("text", Frames.text(c.text())));
            }
            case ORDERING -> {
                ArrayNode items = q.putArray("items");
                shownItems.forEach(i -> items.addObject().put("id", i.id()).set("text", Frames.text(i.text())));
            }
            case NUMERIC -> {
                ObjectNode n = q.putObject("numeric");
                n.put("min", document.min());
                n.put("max", document.max());
                n.put("step", document.step());
                n.set("unit", Frames.text(document.unit()));
            }
            case TYPED -> q.put("maxLength", Submission.MAX_TEXT);
        }
        return q;
    }

    /** Checks a submission's shape against this question; null when it fits, else an error code. */
    public String shapeError(Submission s) {
        return switch (type) {
            case SINGLE, TRUE_FALSE, MULTI -> {
                if (s.choiceIds() == null || s.choiceIds().isEmpty()) {
                    yield "invalid_answer";
                }
                if (type != QuestionType.MULTI && s.choiceIds().size() != 1) {
                    yield "invalid_answer";
                }
                if (!choiceIds.containsAll(s.choiceIds())) {
                    yield "unknown_choice";
                }
                yield new HashSet<>(s.choiceIds()).size() == s.choiceIds().size() ? null : "invalid_answer";
            }
            case NUMERIC ->
                s.value() == null
                                || s.value().compareTo(document.min()) < 0
                                || s.value().compareTo(document.max()) > 0
                        ? "invalid_answer"
                        : null;
            case ORDERING ->
                s.order() != null && s.order().size() == itemIds.size() && new HashSet<>(s.order()).equals(itemIds)
                        ? null
                        : "invalid_answer";
            case TYPED -> {
                if (s.text() == null) {
                    yield "invalid_answer";
                }
                yield s.text().length() > Submission.MAX_TEXT ? "answer_too_long" : null;
            }
        };
    }

    /** Credit from 0 to 1 for a submission that passed {@link #shapeError}. */
    public double credit(Submission s) {
        return switch (type) {
            case SINGLE, TRUE_FALSE ->
                AnswerCheck.single(s.choiceIds(), correctChoiceIds().iterator().next());
            case MULTI -> AnswerCheck.multi(s.choiceIds(), correctChoiceIds());
            case NUMERIC -> AnswerCheck.numeric(s.value(), document.answer(), document.tolerance());
            case ORDERING ->
                AnswerCheck.ordering(
                        s.order(), document.items().stream().map(Item::id).toList());
            case TYPED ->
                AnswerCheck.typed(
                        s.text(),
                        Stream.concat(document.accepted().zh().stream(), document.accepted().en().stream())
                                .toList());
        };
    }

    /** The answer key, for the reveal. */
    public ObjectNode key() {
        ObjectNode k = JSON.objectNode();
        switch (type) {
            case SINGLE, MULTI, TRUE_FALSE -> {
                ArrayNode ids = k.putArray("choiceIds");
                correctChoiceIds().forEach(ids::add);
            }
            case NUMERIC -> {
                k.put("answer", document.answer());
                k.put("tolerance", document.tolerance());
            }
            case ORDERING -> {
                ArrayNode order = k.putArray("order");
                document.items().forEach(i -> order.add(i.id()));
            }
            case TYPED -> {
                // like every text of a frame, a language without spellings shows the other's
                for (Language l : Language.values()) {
                    k.putArray(l.code())
                            .addAll(document.accepted().in(l).stream()
                                    .map(JSON::textNode)
                                    .toList());
                }
            }
        }
        return k;
    }

    /** The question with its key and explanation, for a review once the game is over (never before its reveal). */
    public ObjectNode revealed() {
        ObjectNode q = publicPart();
        q.set("correct", key());
        q.set("explanation", Frames.text(document.explanation()));
        return q;
    }

    public LocalizedText explanation() {
        return document.explanation();
    }

    /** Choice ids in their shown order, for the distribution of a reveal; empty for other types. */
    public List<String> shownChoiceIds() {
        return shownChoices.stream().map(Choice::id).toList();
    }

    /** Ordering item ids in their shown order; empty for other types. */
    public List<String> shownItemIds() {
        return shownItems.stream().map(Item::id).toList();
    }

    Map<String, Integer> emptyDistribution() {
        Map<String, Integer> d = new LinkedHashMap<>();
        shownChoices.forEach(c -> d.put(c.id(), 0));
        return d;
    }

    private Set<String> correctChoiceIds() {
        Set<String> out = new LinkedHashSet<>();
        document.choices().stream().filter(Choice::correct).forEach(c -> out.add(c.id()));
        return out;
    }
}
