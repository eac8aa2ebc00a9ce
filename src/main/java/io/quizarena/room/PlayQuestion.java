package io.quizarena.room;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quizarena.bank.BankDocument.Choice;
import io.quizarena.bank.BankDocument.Item;
import io.quizarena.bank.BankDocument.QuestionDocument;
import io.quizarena.bank.LocalizedText;
import io.quizarena.bank.QuestionType;
import io.quizarena.scoring.AnswerCheck;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A question as a room plays it: the public part that players see before the reveal, and the key, which stays here
 * until the reveal. Nothing in {@link #publicPart()} depends on the key.
 */
final class PlayQuestion {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    final String id;
    final String topic;
    final QuestionType type;
    final long limitMillis;
    final int points;
    private final QuestionDocument document;
    /** Ordering items in the order players see them: by English text, which tells nothing about the answer. */
    private final List<Item> shownItems;

    PlayQuestion(QuestionDocument document, int limitSeconds, int points) {
        this.id = document.id();
        this.topic = document.topic();
        this.type = document.type();
        this.limitMillis = limitSeconds * 1000L;
        this.points = points;
        this.document = document;
        this.shownItems = document.items() == null
                ? List.of()
                : document.items().stream()
                        .sorted(Comparator.comparing((Item i) -> i.text().en()).thenComparing(Item::id))
                        .toList();
    }

    /** The question as players see it before the reveal: texts in both languages, choices without correctness. */
    ObjectNode publicPart() {
        ObjectNode q = JSON.objectNode();
        q.put("id", id);
        q.put("type", type.wireName());
        q.set("text", text(document.text()));
        switch (type) {
            case SINGLE, MULTI, TRUE_FALSE -> {
                ArrayNode choices = q.putArray("choices");
                for (Choice c : document.choices()) {
                    choices.addObject().put("id", c.id()).set("text", text(c.text()));
                }
            }
            case ORDERING -> {
                ArrayNode items = q.putArray("items");
                shownItems.forEach(i -> items.addObject().put("id", i.id()).set("text", text(i.text())));
            }
            case NUMERIC -> {
                ObjectNode n = q.putObject("numeric");
                n.put("min", document.min());
                n.put("max", document.max());
                n.put("step", document.step());
                n.set("unit", text(document.unit()));
            }
            case TYPED -> q.put("maxLength", Submission.MAX_TEXT);
        }
        return q;
    }

    /** Checks a submission's shape against this question; null when it fits, else an error code. */
    String shapeError(Submission s) {
        return switch (type) {
            case SINGLE, TRUE_FALSE, MULTI -> {
                if (s.choiceIds() == null || s.choiceIds().isEmpty()) {
                    yield "invalid_answer";
                }
                if (type != QuestionType.MULTI && s.choiceIds().size() != 1) {
                    yield "invalid_answer";
                }
                Set<String> known = new HashSet<>();
                document.choices().forEach(c -> known.add(c.id()));
                if (!known.containsAll(s.choiceIds())) {
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
            case ORDERING -> {
                if (s.order() == null) {
                    yield "invalid_answer";
                }
                Set<String> ids = new HashSet<>();
                document.items().forEach(i -> ids.add(i.id()));
                yield s.order().size() == ids.size() && new HashSet<>(s.order()).equals(ids) ? null : "invalid_answer";
            }
            case TYPED -> {
                if (s.text() == null) {
                    yield "invalid_answer";
                }
                yield s.text().length() > Submission.MAX_TEXT ? "answer_too_long" : null;
            }
        };
    }

    /** Credit from 0 to 1 for a submission that passed {@link #shapeError}. */
    double credit(Submission s) {
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

    /** The answer key and explanation, for the reveal. */
    ObjectNode key() {
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
                k.putArray("zh")
                        .addAll(document.accepted().zh().stream()
                                .map(JSON::textNode)
                                .toList());
                k.putArray("en")
                        .addAll(document.accepted().en().stream()
                                .map(JSON::textNode)
                                .toList());
            }
        }
        return k;
    }

    LocalizedText explanation() {
        return document.explanation();
    }

    /** Choice ids in their shown order, for the distribution of a reveal; empty for other types. */
    List<String> choiceIds() {
        return document.choices() == null
                ? List.of()
                : document.choices().stream().map(Choice::id).toList();
    }

    Map<String, Integer> emptyDistribution() {
        Map<String, Integer> d = new LinkedHashMap<>();
        choiceIds().forEach(c -> d.put(c, 0));
        return d;
    }

    private Set<String> correctChoiceIds() {
        Set<String> out = new java.util.LinkedHashSet<>();
        document.choices().stream().filter(Choice::correct).forEach(c -> out.add(c.id()));
        return out;
    }

    static ObjectNode text(LocalizedText t) {
        return JSON.objectNode().put("zh", t.zh()).put("en", t.en());
    }
}
