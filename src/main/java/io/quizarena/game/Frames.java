package io.quizarena.game;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quizarena.bank.Language;
import io.quizarena.bank.LocalizedText;

/** Builders of outbound frames. Every frame is a JSON object with a {@code type}; docs/asyncapi.yaml lists them. */
public final class Frames {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private Frames() {}

    public static ObjectNode object() {
        return JSON.objectNode();
    }

    public static ArrayNode array() {
        return JSON.arrayNode();
    }

    public static ObjectNode of(String type) {
        return JSON.objectNode().put("type", type);
    }

    public static ObjectNode of(String type, long version) {
        return of(type).put("version", version);
    }

    public static String error(String code, String message) {
        return of("error").put("code", code).put("message", message).toString();
    }

    public static String error(ProtocolException e) {
        return error(e.code, e.getMessage());
    }

    /**
     * A text as frames carry it: both fields always, a language the text lacks filled from the other ({@link
     * LocalizedText#in}), so a page shows its own field whatever the quiz was written in.
     */
    public static ObjectNode text(LocalizedText t) {
        return JSON.objectNode().put("zh", t.in(Language.ZH)).put("en", t.in(Language.EN));
    }
}
