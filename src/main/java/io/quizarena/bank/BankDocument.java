package io.quizarena.bank;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.math.BigDecimal;
import java.util.List;

/**
 * The bank file format ("our format"): official topic files, JSON import and JSON export all use it, so an export
 * imports back unchanged. Validated against {@code bank/schema.json} before it is read into these records.
 *
 * <p>Read and written with Jackson outside JAX-RS (the bank loader, imports, the stored question body), so registered
 * for reflection for the native image, with its nested records.
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BankDocument(
        int formatVersion, String topic, List<QuestionDocument> questions, List<QuizDocument> quizzes) {

    public static final int FORMAT_VERSION = 1;

    /** One question of any type; the fields that do not belong to its type are null. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuestionDocument(
            String id,
            String topic,
            int difficulty,
            QuestionType type,
            LocalizedText text,
            List<Choice> choices,
            BigDecimal answer,
            BigDecimal tolerance,
            BigDecimal min,
            BigDecimal max,
            BigDecimal step,
            LocalizedText unit,
            List<Item> items,
            Accepted accepted,
            LocalizedText explanation,
            int timeLimitSeconds,
            Source source) {

        public QuestionDocument withId(String newId) {
            return new QuestionDocument(
                    newId,
                    topic,
                    difficulty,
                    type,
                    text,
                    choices,
                    answer,
                    tolerance,
                    min,
                    max,
                    step,
                    unit,
                    items,
                    accepted,
                    explanation,
                    timeLimitSeconds,
                    source);
        }
    }

    public record Choice(String id, LocalizedText text, boolean correct) {}

    /** An item of an ordering question; a question lists its items in the correct order. */
    public record Item(String id, LocalizedText text) {}

    /** Accepted spellings of a typed answer, per language. */
    public record Accepted(List<String> zh, List<String> en) {}

    /** The seed document and section a question's facts come from. */
    public record Source(String document, String section) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuizDocument(
            String id,
            LocalizedText title,
            LocalizedText description,
            @JsonProperty("questionIds") List<String> questionIds) {}
}
