package io.quizarena.bank;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.quizarena.bank.BankDocument.Choice;
import io.quizarena.bank.BankDocument.Item;
import io.quizarena.bank.BankDocument.QuestionDocument;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks bank documents in two passes: the JSON Schema in {@code bank/schema.json} (shape, lengths, types), then the
 * rules a schema cannot state (exactly one correct choice, the numeric answer inside its range and reachable by the
 * slider, unique ids). Files, imports and API bodies all go through here, so one rule set guards every entry point.
 */
@ApplicationScoped
public class BankValidator {

    static final String SCHEMA_RESOURCE = "bank/schema.json";
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final int MAX_SLIDER_STEPS = 10_000;

    private final JsonSchema schema;
    private final ObjectMapper mapper;

    public BankValidator(ObjectMapper mapper) {
        this.mapper = mapper;
        SchemaValidatorsConfig config =
                SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).build();
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + SCHEMA_RESOURCE);
            }
            this.schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(mapper.readTree(in), config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Schema violations of a whole bank document, sorted by field. */
    public List<Violation> checkSchema(JsonNode document) {
        Set<ValidationMessage> messages = schema.validate(document);
        List<Violation> violations = new ArrayList<>();
        for (ValidationMessage m : messages) {
            String field = m.getInstanceLocation().toString();
            String text = m.getError() != null ? m.getError() : m.getMessage();
            violations.add(new Violation(field.isEmpty() ? "/" : field, text));
        }
        violations.sort(Comparator.comparing(Violation::field).thenComparing(Violation::message));
        return violations;
    }

    /** Schema and rule violations of one question, with fields relative to the question. */
    public List<Violation> checkQuestion(QuestionDocument question) {
        ObjectNode document = mapper.createObjectNode();
        document.put("formatVersion", BankDocument.FORMAT_VERSION);
        document.putArray("questions").add(mapper.valueToTree(question));
        document.putArray("quizzes");
        List<Violation> violations = new ArrayList<>();
        for (Violation v : checkSchema(document)) {
            violations.add(new Violation(v.field().replaceFirst("^/questions/0", ""), v.message()));
        }
        if (violations.isEmpty()) {
            violations.addAll(checkRules(question));
        }
        return violations;
    }

    /** The rules a schema cannot express; assumes the question passed the schema. */
    public List<Violation> checkRules(QuestionDocument q) {
        List<Violation> out = new ArrayList<>();
        if (q.text().has(Language.ZH) && !HAN.matcher(q.text().zh()).find()) {
            out.add(new Violation("/text/zh", "the Chinese text must contain Chinese characters"));
        }
        if (q.explanation().has(Language.ZH)
                && !HAN.matcher(q.explanation().zh()).find()) {
            out.add(new Violation("/explanation/zh", "the Chinese explanation must contain Chinese characters"));
        }
        QuestionLanguages.check(q, out);
        switch (q.type()) {
            case SINGLE -> checkChoices(q.choices(), 1, 1, out);
            case MULTI -> checkChoices(q.choices(), 1, q.choices().size() - 1, out);
            case TRUE_FALSE -> {
                checkChoices(q.choices(), 1, 1, out);
                Set<String> ids = new HashSet<>();
                q.choices().forEach(c -> ids.add(c.id()));
                if (!ids.equals(Set.of("true", "false"))) {
                    out.add(new Violation("/choices", "a true_false question has exactly the choices true and false"));
                }
            }
            case NUMERIC -> checkNumeric(q, out);
            case ORDERING -> {
                Set<String> ids = new HashSet<>();
                for (int i = 0; i < q.items().size(); i++) {
                    Item item = q.items().get(i);
                    if (!ids.add(item.id())) {
                        out.add(new Violation("/items/" + i + "/id", "duplicate item id " + item.id()));
                    }
                }
            }
            case TYPED -> {
                checkAccepted(q.accepted().zh(), "/accepted/zh", out);
                checkAccepted(q.accepted().en(), "/accepted/en", out);
            }
        }
        return out;
    }

    /**
     * Extra rules for the official bank: {@code <topic>-NNN} ids, the file's topic, a named source, and how official
     * questions are written ({@link OfficialStyleRules}).
     */
    public List<Violation> checkOfficial(QuestionDocument q, Topic fileTopic) {
        List<Violation> out = new ArrayList<>();
        if (!q.topic().equals(fileTopic.id())) {
            out.add(new Violation(
                    "/topic", "question topic " + q.topic() + " differs from the file's topic " + fileTopic.id()));
        }
        if (!q.id().matches(Pattern.quote(fileTopic.id()) + "-[0-9]{3}")) {
            out.add(new Violation("/id", "official ids look like " + fileTopic.id() + "-007"));
        }
        if (q.source() == null) {
            out.add(new Violation("/source", "official questions name their seed document and section"));
        }
        if (q.timeLimitSeconds() == null) {
            out.add(new Violation("/timeLimitSeconds", "official questions state their time limit"));
        }
        List<Violation> bilingual = QuestionLanguages.checkBilingual(q);
        out.addAll(bilingual);
        if (bilingual.isEmpty()) {
            // the style rules read both languages
            out.addAll(OfficialStyleRules.check(q));
        }
        return out;
    }

    /** Official quizzes, like official questions, are written in both languages. */
    public List<Violation> checkOfficialQuiz(BankDocument.QuizDocument quiz) {
        List<Violation> out = new ArrayList<>();
        QuestionLanguages.requireBoth("/title", quiz.title(), out);
        QuestionLanguages.requireBoth("/description", quiz.description(), out);
        return out;
    }

    private static void checkChoices(List<Choice> choices, int minCorrect, int maxCorrect, List<Violation> out) {
        Set<String> ids = new HashSet<>();
        int correct = 0;
        for (int i = 0; i < choices.size(); i++) {
            Choice c = choices.get(i);
            if (!ids.add(c.id())) {
                out.add(new Violation("/choices/" + i + "/id", "duplicate choice id " + c.id()));
            }
            if (c.correct()) {
                correct++;
            }
        }
        if (correct < minCorrect || correct > maxCorrect) {
            String expected = minCorrect == maxCorrect
                    ? "exactly " + minCorrect + " correct choice"
                    : "at least one correct and one wrong choice";
            out.add(new Violation("/choices", "needs " + expected + ", found " + correct + " correct"));
        }
    }

    private static void checkNumeric(QuestionDocument q, List<Violation> out) {
        BigDecimal min = q.min();
        BigDecimal max = q.max();
        if (min.compareTo(max) >= 0) {
            out.add(new Violation("/max", "max must be greater than min"));
            return;
        }
        if (q.answer().compareTo(min) < 0 || q.answer().compareTo(max) > 0) {
            out.add(new Violation(
                    "/answer",
                    "the answer " + q.answer().toPlainString() + " lies outside " + min.toPlainString() + ".."
                            + max.toPlainString()));
        }
        BigDecimal[] steps = q.answer().subtract(min).divideAndRemainder(q.step());
        if (steps[1].signum() != 0) {
            out.add(new Violation(
                    "/step",
                    "the answer cannot be reached from min in steps of "
                            + q.step().toPlainString()));
        }
        BigDecimal sliderSteps = max.subtract(min).divideToIntegralValue(q.step());
        if (sliderSteps.compareTo(BigDecimal.valueOf(MAX_SLIDER_STEPS)) > 0) {
            out.add(new Violation("/step", "the slider would have more than " + MAX_SLIDER_STEPS + " steps"));
        }
    }

    private static void checkAccepted(List<String> answers, String field, List<Violation> out) {
        for (int i = 0; i < answers.size(); i++) {
            if (answers.get(i).isBlank()) {
                out.add(new Violation(field + "/" + i, "an accepted answer cannot be blank"));
            } else if (answers.get(i).contains("|")) {
                // | separates spellings in the CSV format
                out.add(new Violation(field + "/" + i, "an accepted answer cannot contain |"));
            }
        }
    }
}
