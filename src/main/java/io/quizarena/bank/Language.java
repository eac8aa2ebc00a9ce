package io.quizarena.bank;

import java.util.Locale;

/** The languages the bank is written in. */
public enum Language {
    ZH,
    EN;

    /** The code used in JSON fields, CSV columns and the {@code lang} parameter: {@code zh} or {@code en}. */
    public String code() {
        return this == ZH ? "zh" : "en";
    }

    /** The language's name in English, for error messages. */
    public String englishName() {
        return this == ZH ? "Chinese" : "English";
    }

    /** Parses {@code zh}, {@code zh-CN}, {@code en-GB}...; anything else falls back to English. */
    public static Language parse(String tag) {
        if (tag == null || tag.isBlank()) {
            return EN;
        }
        return tag.trim().toLowerCase(Locale.ROOT).startsWith("zh") ? ZH : EN;
    }
}
