package io.quizarena.results;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quizarena.results.GameResults.GameSummary;
import java.util.Locale;

/**
 * How pages show a game of the host's list, in the page's language (the template's {@code locale} attribute): the
 * quiz by its title, the status in words. The host page prints {@code game.quizId} and {@code game.status}; these
 * resolvers outrank the record's own, so the page reads "Mixture of experts · Ended early" while the JSON of
 * {@code /api/games} keeps the id and the code ({@code game.statusText} says the same by name).
 */
final class SummaryViews {

    /** Above the resolvers Qute generates for a record's own members. */
    static final int OVER_MEMBERS = 10;

    private SummaryViews() {}

    // a priority of its own: sharing one with the status resolver left it unused (Qute groups by priority)
    @TemplateExtension(matchName = "quizId", priority = OVER_MEMBERS + 1)
    static String quizTitle(GameSummary game, @TemplateAttribute("locale") Object locale) {
        return game.title().in(lang(locale));
    }

    @TemplateExtension(matchName = "status", priority = OVER_MEMBERS)
    static String statusText(GameSummary game, @TemplateAttribute("locale") Object locale) {
        return texts(lang(locale)).status(game.status());
    }

    @TemplateExtension(matchName = "statusText", priority = OVER_MEMBERS)
    static String namedStatusText(GameSummary game, @TemplateAttribute("locale") Object locale) {
        return statusText(game, locale);
    }

    static ResultTexts texts(String lang) {
        return "zh".equals(lang)
                ? MessageBundles.get(ResultTexts.class, Localized.Literal.of("zh"))
                : MessageBundles.get(ResultTexts.class);
    }

    /** {@code zh} for a Chinese locale (a Locale or a tag), else {@code en}. */
    static String lang(Object locale) {
        String tag = locale instanceof Locale l ? l.getLanguage() : String.valueOf(locale);
        return tag.toLowerCase(Locale.ROOT).startsWith("zh") ? "zh" : "en";
    }
}
