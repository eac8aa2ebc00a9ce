package io.quizarena.bank;

import io.quizarena.bank.BankDocument.QuestionDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which languages a question must have. A host's question may be in Chinese, English or both: its text decides, and
 * every other text a player reads with it (choices, items, unit, explanation) then has those languages too, so a
 * reader never gets half a question in the other language. The official bank has both everywhere.
 */
final class QuestionLanguages {

    private static final String BOTH = "official content is written in both languages";

    private QuestionLanguages() {}

    /** Host rules: the texts of the question cover the languages of its question text. Assumes the schema passed. */
    static void check(QuestionDocument q, List<Violation> out) {
        Set<Language> languages = q.text().languages();
        cover("/explanation", q.explanation(), languages, out);
        if (q.choices() != null) {
            for (int i = 0; i < q.choices().size(); i++) {
                cover("/choices/" + i + "/text", q.choices().get(i).text(), languages, out);
            }
        }
        if (q.items() != null) {
            for (int i = 0; i < q.items().size(); i++) {
                cover("/items/" + i + "/text", q.items().get(i).text(), languages, out);
            }
        }
        if (q.unit() != null) {
            cover("/unit", q.unit(), languages, out);
        }
    }

    /** Official rules: every text in both languages, and typed answers with spellings in both. */
    static List<Violation> checkBilingual(QuestionDocument q) {
        List<Violation> out = new ArrayList<>();
        requireBoth("/text", q.text(), out);
        requireBoth("/explanation", q.explanation(), out);
        if (q.choices() != null) {
            for (int i = 0; i < q.choices().size(); i++) {
                requireBoth("/choices/" + i + "/text", q.choices().get(i).text(), out);
            }
        }
        if (q.items() != null) {
            for (int i = 0; i < q.items().size(); i++) {
                requireBoth("/items/" + i + "/text", q.items().get(i).text(), out);
            }
        }
        if (q.unit() != null) {
            requireBoth("/unit", q.unit(), out);
        }
        if (q.accepted() != null) {
            if (q.accepted().zh().isEmpty()) {
                out.add(new Violation("/accepted/zh", BOTH));
            }
            if (q.accepted().en().isEmpty()) {
                out.add(new Violation("/accepted/en", BOTH));
            }
        }
        return out;
    }

    static void requireBoth(String field, LocalizedText text, List<Violation> out) {
        for (Language l : Language.values()) {
            if (text == null || !text.has(l)) {
                out.add(new Violation(field + "/" + l.code(), BOTH));
            }
        }
    }

    private static void cover(String field, LocalizedText text, Set<Language> languages, List<Violation> out) {
        for (Language l : languages) {
            if (text == null || !text.has(l)) {
                out.add(new Violation(
                        field + "/" + l.code(),
                        "the question is written in " + l.englishName() + ", so this text needs " + l.englishName()
                                + " too"));
            }
        }
    }
}
