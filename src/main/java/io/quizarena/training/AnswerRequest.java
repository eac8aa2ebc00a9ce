package io.quizarena.training;

import io.quizarena.game.Submission;
import java.math.BigDecimal;
import java.util.List;

/** An answer to a served question; only the field of the question's type is set, none when the time ran out. */
public record AnswerRequest(Integer index, List<String> choiceIds, BigDecimal value, List<String> order, String text) {

    /** The submission, or null when the request carries no answer. */
    Submission submission() {
        if (choiceIds == null && value == null && order == null && text == null) {
            return null;
        }
        return new Submission(choiceIds, value, order, text);
    }
}
