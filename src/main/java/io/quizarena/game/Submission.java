package io.quizarena.game;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;

/** What a player submitted for a question; only the field of the question's type is set. */
public record Submission(List<String> choiceIds, BigDecimal value, List<String> order, String text) {

    public static final int MAX_TEXT = 200;

    /** The submission as stored with the game's answers; built when the game is saved, off the game's mailbox. */
    public String toJson() {
        ObjectNode node = Frames.object();
        if (choiceIds != null) {
            ArrayNode a = node.putArray("choiceIds");
            choiceIds.forEach(a::add);
        } else if (value != null) {
            node.put("value", value);
        } else if (order != null) {
            ArrayNode a = node.putArray("order");
            order.forEach(a::add);
        } else {
            node.put("text", text);
        }
        return node.toString();
    }
}
