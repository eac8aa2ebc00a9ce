package io.quizarena.bank;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A text in Simplified Chinese, English or both. A host may write in one language only; the official bank has both
 * (BankValidator). A blank language counts as missing, so an empty form field and an absent JSON field mean the same.
 * Part of {@link BankDocument}; a missing language is left out of the JSON.
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LocalizedText(String zh, String en) {

    public LocalizedText {
        zh = zh == null || zh.isBlank() ? null : zh;
        en = en == null || en.isBlank() ? null : en;
    }

    /** A text written in one language only. */
    public static LocalizedText of(Language language, String text) {
        return language == Language.ZH ? new LocalizedText(text, null) : new LocalizedText(null, text);
    }

    /**
     * The text to show a reader of {@code language}: that language when it exists, else the other one. The one rule
     * by which every view, page and game frame falls back; null only when the text has neither language.
     */
    public String in(Language language) {
        return pick(language, zh, en, t -> t != null);
    }

    /** The text in exactly this language, or null: for validation and export, which must not fall back. */
    public String exactly(Language language) {
        return language == Language.ZH ? zh : en;
    }

    public boolean has(Language language) {
        return exactly(language) != null;
    }

    /** The languages this text is written in; empty when it has none. */
    @JsonIgnore
    public Set<Language> languages() {
        Set<Language> out = EnumSet.noneOf(Language.class);
        for (Language l : Language.values()) {
            if (has(l)) {
                out.add(l);
            }
        }
        return out;
    }

    /**
     * The fallback rule itself, for values kept per language that are not a {@code LocalizedText} (the accepted
     * spellings of a typed answer): the wanted language's value when {@code present}, else the other's.
     */
    public static <T> T pick(Language language, T zh, T en, Predicate<T> present) {
        T wanted = language == Language.ZH ? zh : en;
        return present.test(wanted) ? wanted : (language == Language.ZH ? en : zh);
    }
}
