package io.quizarena.bank;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** One broken rule: a JSON Pointer to the offending field (for example {@code /choices/1/text/zh}) and what is wrong. */
@RegisterForReflection // inside problem details, which travel in a plain Response
public record Violation(String field, String message) {

    public Violation under(String prefix) {
        return new Violation(prefix + field, message);
    }
}
