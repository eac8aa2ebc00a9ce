package io.quizarena.training.report;

import io.quizarena.problem.NotAllowedException;

/** The caller is neither the report's owner nor an admin (code {@code not_report_owner}). */
public final class ReportRefused extends NotAllowedException {

    public static final String CODE = "not_report_owner";

    ReportRefused(String detail) {
        super(detail);
    }
}
