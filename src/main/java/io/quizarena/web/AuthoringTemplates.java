package io.quizarena.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.util.List;

/** The authoring pages, type-checked at build time; files in templates/ with hyphenated names, sharing layout.html. */
@CheckedTemplate(defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
final class AuthoringTemplates {

    private AuthoringTemplates() {}

    /**
     * @param questionId the question to change, or null for a new one
     * @param returnTo the quiz editor to go back to with the saved question, or null to stay
     */
    static native TemplateInstance questionEditor(
            PageContext page, String questionId, String returnTo, List<Pages.TopicOption> topics);

    static native TemplateInstance bankImport(PageContext page);
}
