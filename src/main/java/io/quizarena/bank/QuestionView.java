package io.quizarena.bank;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.List;

/**
 * A question shown in one language. The answer key (which choices are correct, the numeric answer, the accepted
 * spellings, the order of items, the explanation) is filled only for hosts and admins: a player could otherwise look
 * up answers during a live game. Texts a question lacks in the requested language are shown in the other one;
 * {@code languages} says which it is written in ({@code zh}, {@code en}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QuestionView(
        String id,
        String topic,
        QuestionType type,
        int difficulty,
        String text,
        List<ChoiceView> choices,
        List<ItemView> items,
        NumericView numeric,
        List<String> accepted,
        String explanation,
        int timeLimitSeconds,
        boolean official,
        String owner,
        BankDocument.Source source,
        List<String> languages) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ChoiceView(String id, String text, Boolean correct) {}

    public record ItemView(String id, String text) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NumericView(
            BigDecimal min, BigDecimal max, BigDecimal step, String unit, BigDecimal answer, BigDecimal tolerance) {}
}
