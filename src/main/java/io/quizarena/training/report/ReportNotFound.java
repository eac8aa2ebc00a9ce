package io.quizarena.training.report;

import io.quizarena.problem.NotFoundException;

/** No such assignment or saved game; {@code code} is {@code unknown_assignment} or {@code unknown_game}. */
public final class ReportNotFound extends NotFoundException {

    private final String code;

    ReportNotFound(String code, String detail) {
        super(detail);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
