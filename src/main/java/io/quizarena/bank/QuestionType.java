package io.quizarena.bank;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.Arrays;

/** The six question types; the wire name is the lower-case form used in bank files and the protocol. */
@RegisterForReflection
public enum QuestionType {
    SINGLE("single"),
    MULTI("multi"),
    TRUE_FALSE("true_false"),
    NUMERIC("numeric"),
    ORDERING("ordering"),
    TYPED("typed");

    private final String wireName;

    QuestionType(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    /** True for the types answered by picking choices. */
    public boolean hasChoices() {
        return this == SINGLE || this == MULTI || this == TRUE_FALSE;
    }

    @JsonCreator
    public static QuestionType fromWireName(String name) {
        return Arrays.stream(values())
                .filter(t -> t.wireName.equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown question type: " + name));
    }
}
