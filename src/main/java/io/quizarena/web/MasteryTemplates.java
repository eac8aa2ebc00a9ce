package io.quizarena.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The mastery page, type-checked at build time; templates/mastery.html, sharing layout.html. */
@CheckedTemplate(defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
final class MasteryTemplates {

    private MasteryTemplates() {}

    static native TemplateInstance mastery(PageContext page);
}
