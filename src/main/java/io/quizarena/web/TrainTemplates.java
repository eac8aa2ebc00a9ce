package io.quizarena.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.util.List;

/** The self-paced player's pages, type-checked at build time; templates/train.html, sharing layout.html. */
@CheckedTemplate(defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
final class TrainTemplates {

    private TrainTemplates() {}

    /**
     * What a training page starts with; its script does the rest through /api (docs/training-api.md).
     *
     * @param mode {@code assignment}, {@code practice}, {@code review} (the mistakes queue) or {@code game} (a live
     *     game's review)
     * @param id the assignment's or game's id; null for practice and review
     * @param topic the topic practice preselects ({@code mixed} for all)
     */
    record TrainStart(String mode, String id, String topic) {}

    static native TemplateInstance train(PageContext page, TrainStart start, List<Pages.TopicOption> topics);
}
