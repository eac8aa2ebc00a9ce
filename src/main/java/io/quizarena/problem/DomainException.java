package io.quizarena.problem;

import io.quizarena.bank.Violation;
import java.util.List;

/**
 * A failure the caller can act on. Each subclass fixes its HTTP status and problem type; {@link ProblemMappers} turns
 * it into RFC 9457 problem details, and the room sockets into a typed error message.
 */
public abstract class DomainException extends RuntimeException {

    private final List<Violation> violations;
    private String code;

    protected DomainException(String detail, List<Violation> violations) {
        super(detail);
        this.violations = List.copyOf(violations);
    }

    protected DomainException(String detail) {
        this(detail, List.of());
    }

    /** HTTP status code. */
    public abstract int status();

    /** Short kebab-case name of the problem type, for example {@code not-found}. */
    public abstract String problemType();

    /** Human-readable summary of the problem type. */
    public abstract String title();

    public List<Violation> violations() {
        return violations;
    }

    /** A machine-readable reason, such as {@code assignment_closed}, for clients that act on it; null when none. */
    public String code() {
        return code;
    }

    /** The same failure with a machine-readable reason, for {@code throw new ConflictException(..).withCode(..)}. */
    public DomainException withCode(String code) {
        this.code = code;
        return this;
    }
}
