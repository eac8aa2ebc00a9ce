package io.quizarena.web;

import io.quarkus.qute.TemplateExtension;
import io.quizarena.bank.Topic;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** View helpers of the battle pages, for templates ({@code page.battleTopics}, {@code key.pathSegment}) and Java. */
final class BattleViews {

    private BattleViews() {}

    /** The topics a battle can be played on, named in the page's language (the home page's battle card). */
    @TemplateExtension
    static List<Pages.TopicOption> battleTopics(PageContext page) {
        return Arrays.stream(Topic.values())
                .map(t -> new Pages.TopicOption(t.id(), name(t, page)))
                .toList();
    }

    /** A value made safe to stand as one segment of a path: a player key in a link to their battles. */
    @TemplateExtension
    static String pathSegment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String name(Topic topic, PageContext page) {
        return page.zh() ? topic.displayName().zh() : topic.displayName().en();
    }

    /** A rating change with its sign: +12, −8 (a real minus sign), ±0. */
    static String signed(long change) {
        return change > 0 ? "+" + change : change < 0 ? "−" + (-change) : "±0";
    }
}
