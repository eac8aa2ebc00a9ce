package io.quizarena.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quizarena.bank.QuizView;
import java.util.List;

/** The trainer's assignment pages, type-checked at build time; templates/assignments.html and assignment-share.html. */
@CheckedTemplate(defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
final class AssignmentTemplates {

    private AssignmentTemplates() {}

    /**
     * @param quizzes the quizzes the trainer may assign: official ones and their own (all for an admin)
     * @param selected the quiz to preselect ({@code ?quiz=}), or null
     */
    static native TemplateInstance assignments(PageContext page, List<QuizView> quizzes, String selected);

    /** @param id the assignment; its script reads the rest from GET /api/assignments/{id} */
    static native TemplateInstance assignmentShare(PageContext page, String id);
}
