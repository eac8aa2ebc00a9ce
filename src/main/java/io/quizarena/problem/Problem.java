package io.quizarena.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.quizarena.bank.Violation;
import java.util.List;

/**
 * RFC 9457 problem details. {@code type} is a URN ({@code urn:quiz-arena:problem:<name>}), {@code errors} lists the
 * offending fields as JSON Pointers, {@code code} (when set) names the reason for clients that act on it. Sent as the entity of a plain {@code Response}, whose type no resource method
 * declares, so registered for reflection for the native image.
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        String type, String title, int status, String detail, String instance, List<Violation> errors, String code) {

    public static final String MEDIA_TYPE = "application/problem+json";
    static final String TYPE_PREFIX = "urn:quiz-arena:problem:";

    static Problem of(
            String typeName, String title, int status, String detail, String instance, List<Violation> errors) {
        return of(typeName, title, status, detail, instance, errors, null);
    }

    static Problem of(
            String typeName,
            String title,
            int status,
            String detail,
            String instance,
            List<Violation> errors,
            String code) {
        return new Problem(TYPE_PREFIX + typeName, title, status, detail, instance, errors, code);
    }
}
