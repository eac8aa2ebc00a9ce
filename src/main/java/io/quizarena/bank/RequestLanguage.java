package io.quizarena.bank;

import io.quizarena.problem.InvalidInputException;
import java.util.List;

/** Chooses the response language: the {@code lang} parameter first, then Accept-Language, then English. */
public final class RequestLanguage {

    private RequestLanguage() {}

    public static Language choose(String langParam, String acceptLanguage) {
        if (langParam != null && !langParam.isBlank()) {
            String tag = langParam.trim().toLowerCase(java.util.Locale.ROOT);
            if (!tag.matches("(zh|en)(-[a-z0-9-]+)?")) {
                throw new InvalidInputException(
                        "unsupported language " + langParam, List.of(new Violation("/lang", "use zh or en")));
            }
            return Language.parse(tag);
        }
        return Language.parse(acceptLanguage);
    }
}
