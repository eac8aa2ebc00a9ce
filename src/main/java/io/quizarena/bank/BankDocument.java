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
            Integer timeLimitSeconds,
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

        /**
         * The question with a time limit: its own when it has one, else the default {@link ReadingTime} computes
         * from what a player has to read. Call on a valid question (one that passed {@link BankValidator}).
         */
        public QuestionDocument withDefaultTimeLimit() {
            if (timeLimitSeconds != null) {
                return this;
            }
            return new QuestionDocument(
                    id,
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
                    ReadingTime.defaultSeconds(this),
                    source);
        }
    }

    public record Choice(String id, LocalizedText text, boolean correct) {}

    /** An item of an ordering question; a question lists its items in the correct order. */
    public record Item(String id, LocalizedText text) {}

    /**
     * Accepted spellings of a typed answer, per language; a question in one language may list spellings in that
     * language only (a missing list is empty, and left out of the JSON). Players' answers are checked against both.
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record Accepted(List<String> zh, List<String> en) {

        public Accepted {
            zh = zh == null ? List.of() : zh;
            en = en == null ? List.of() : en;
        }

        /** The spellings to show a reader of {@code language}, falling back as {@link LocalizedText#in} does. */
        public List<String> in(Language language) {
            return LocalizedText.pick(language, zh, en, l -> !l.isEmpty());
        }
    }

    /** The seed document and section a question's facts come from. */
    public record Source(String document, String section) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuizDocument(
            String id,
            LocalizedText title,
            LocalizedText description,
            @JsonProperty("questionIds") List<String> questionIds) {}
}
