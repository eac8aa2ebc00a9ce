package io.quizarena.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The report page, type-checked at build time: templates/report.html, sharing layout.html. */
@CheckedTemplate(defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
final class ReportTemplates {

    private ReportTemplates() {}

    /** @param view null when the reader may not see the report (the page then says why) */
    static native TemplateInstance report(PageContext page, ReportView view);
}
