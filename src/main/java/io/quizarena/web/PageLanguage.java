package io.quizarena.web;

import java.util.Locale;

/**
 * The language of the pages: the switch's cookie first (it sticks), then Accept-Language, then English. Only the two
 * languages the bank is written in are offered.
 */
public final class PageLanguage {

    /** Remembers the reader's choice from the language switch. */
    public static final String COOKIE = "quiz-arena-lang";

    public static final String EN = "en";
    public static final String ZH = "zh";

    private PageLanguage() {}

    /** {@code en} or {@code zh}; null and unknown values fall through to the next source. */
    public static String choose(String cookie, String acceptLanguage) {
        String fromCookie = supported(cookie);
        if (fromCookie != null) {
            return fromCookie;
        }
        String fromHeader = fromAcceptLanguage(acceptLanguage);
        return fromHeader != null ? fromHeader : EN;
    }

    /** {@code en} or {@code zh} for a tag such as {@code zh-CN} or {@code en}; null for anything else. */
    public static String supported(String tag) {
        if (tag == null) {
            return null;
        }
        String t = tag.trim().toLowerCase(Locale.ROOT);
        if (t.equals(ZH) || t.startsWith("zh-")) {
            return ZH;
        }
        if (t.equals(EN) || t.startsWith("en-")) {
            return EN;
        }
        return null;
    }

    /**
     * The supported language the reader ranks highest (q-values honoured; ties keep the header's order). A header of
     * only unsupported languages gives null.
     */
    static String fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String best = null;
        double bestQ = 0;
        for (String part : header.split(",")) {
            String[] fields = part.trim().split(";");
            String lang = supported(fields[0]);
            double q = 1;
            for (int i = 1; i < fields.length; i++) {
                String f = fields[i].trim();
                if (f.startsWith("q=")) {
                    try {
                        q = Double.parseDouble(f.substring(2));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            if (lang != null && q > bestQ) {
                best = lang;
                bestQ = q;
            }
        }
        return best;
    }
}
