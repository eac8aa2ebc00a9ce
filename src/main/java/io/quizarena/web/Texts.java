package io.quizarena.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** The message bundle in the page's language, for the few texts Java code puts on a page. */
final class Texts {

    private Texts() {}

    static AppMessages in(PageContext page) {
        return page.zh()
                ? MessageBundles.get(AppMessages.class, Localized.Literal.of(PageLanguage.ZH))
                : MessageBundles.get(AppMessages.class);
    }
}
