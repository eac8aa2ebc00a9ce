package io.quizarena.bank;

import io.quizarena.bank.BankDocument.Choice;
import io.quizarena.bank.BankDocument.Item;
import io.quizarena.bank.BankDocument.QuestionDocument;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How official questions are written, beyond what makes a question valid: full-width punctuation in Chinese, choices
 * named by their content (rooms shuffle them), ordering questions whose ids and texts do not give the order away,
 * formulas that fit a phone, and a source that is a seed section or a public work with its year.
 */
final class OfficialStyleRules {

    /** Formulas and code, where half-width punctuation belongs. */
    private static final Pattern MATH_OR_CODE =
            Pattern.compile("```.*?```|\\$\\$.*?\\$\\$|\\$[^$]*\\$|`[^`]*`", Pattern.DOTALL);

    private static final Pattern FULL_WIDTH_NEIGHBOUR = Pattern.compile("[\\p{IsHan}\\u3000-\\u303f\\uff00-\\uffef]");
    private static final String HALF_WIDTH = ",?():;!";

    /** "A and C are correct", "option B", "选项 B", "(b)": a choice named by the letter it had when it was written. */
    private static final Pattern LETTER_REFERENCE = Pattern.compile(
            "选项\\s*[A-F]\\b|[(（][A-Fa-f][)）]|\\b[Oo]ptions?\\s+[A-F]\\b"
                    + "|\\b[Cc]hoices?\\s+[A-F]\\b|\\b[A-F]\\s*(,|、|和|与|及|and|or)\\s*[A-F]\\b"
                    + "|\\b[A-F]\\s+(is|are)\\s+(right|wrong|correct|incorrect|false|true)\\b|[A-F]\\s*项|答案\\s*[A-F]\\b");

    private static final Pattern INLINE_FORMULA = Pattern.compile("(?<!\\$)\\$([^$]+)\\$(?!\\$)");
    static final int MAX_INLINE_FORMULA = 60;
    private static final Pattern SEED_DOCUMENT = Pattern.compile("\\d{3}_[0-9a-f]{16}\\.txt");
    private static final Pattern PUBLIC_WORK = Pattern.compile(".+\\(\\d{4}\\)");

    private OfficialStyleRules() {}

    static List<Violation> check(QuestionDocument q) {
        List<Violation> out = new ArrayList<>();
        punctuation("/text/zh", q.text().zh(), out);
        punctuation("/explanation/zh", q.explanation().zh(), out);
        if (q.choices() != null) {
            for (int i = 0; i < q.choices().size(); i++) {
                Choice c = q.choices().get(i);
                punctuation("/choices/" + i + "/text/zh", c.text().zh(), out);
                if (c.text().en().strip().matches("\\$[^$]*\\$")) {
                    out.add(
                            new Violation(
                                    "/choices/" + i + "/text/en",
                                    "a choice that is only a formula needs words too: screen readers and the CSV export read the TeX"));
                }
            }
        }
        if (q.items() != null) {
            for (int i = 0; i < q.items().size(); i++) {
                punctuation("/items/" + i + "/text/zh", q.items().get(i).text().zh(), out);
            }
            ordering(q.items(), out);
        }
        if (q.unit() != null) {
            punctuation("/unit/zh", q.unit().zh(), out);
        }
        letters("/explanation/zh", q.explanation().zh(), out);
        letters("/explanation/en", q.explanation().en(), out);
        formulas("/text", q.text(), out);
        formulas("/explanation", q.explanation(), out);
        source(q.source(), out);
        return out;
    }

    /** Half-width punctuation next to Chinese characters, outside formulas and code. */
    static void punctuation(String field, String zh, List<Violation> out) {
        String bare = blankOut(zh, ' ');
        for (int i = 0; i < bare.length(); i++) {
            if (HALF_WIDTH.indexOf(bare.charAt(i)) >= 0 && (fullWidthAt(bare, i - 1) || fullWidthAt(bare, i + 1))) {
                String near = zh.substring(Math.max(0, i - 6), Math.min(zh.length(), i + 6));
                out.add(new Violation(
                        field, "half-width punctuation in Chinese text near \"" + near + "\": use ，？（）：；！"));
                return;
            }
        }
    }

    private static boolean fullWidthAt(String text, int i) {
        return i >= 0
                && i < text.length()
                && FULL_WIDTH_NEIGHBOUR.matcher(text.substring(i, i + 1)).matches();
    }

    /** The text with formulas and code replaced by {@code fill}, keeping every other character where it was. */
    private static String blankOut(String text, char fill) {
        Matcher m = MATH_OR_CODE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, String.valueOf(fill).repeat(m.group().length()));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static void letters(String field, String explanation, List<Violation> out) {
        Matcher m = LETTER_REFERENCE.matcher(blankOut(explanation, '#'));
        if (m.find()) {
            out.add(new Violation(
                    field,
                    "names a choice by its letter (\"" + m.group()
                            + "\"): rooms shuffle choices, so name it by its content"));
        }
    }

    /** The stored order is the answer: neither the ids nor the English texts may sort into it. */
    private static void ordering(List<Item> items, List<Violation> out) {
        List<Item> byId = new ArrayList<>(items);
        byId.sort(Comparator.comparing(Item::id));
        if (byId.equals(items)) {
            out.add(new Violation("/items", "the item ids sort into the answer's order: choose ids that do not"));
        }
        List<Item> byText = new ArrayList<>(items);
        byText.sort(Comparator.comparing((Item i) -> i.text().en()));
        if (byText.equals(items)) {
            out.add(new Violation("/items", "sorted by their English text the items are in the answer's order"));
        }
    }

    private static void formulas(String field, LocalizedText text, List<Violation> out) {
        for (String[] lang : new String[][] {{"zh", text.zh()}, {"en", text.en()}}) {
            Matcher m = INLINE_FORMULA.matcher(lang[1]);
            while (m.find()) {
                if (m.group(1).length() > MAX_INLINE_FORMULA) {
                    out.add(new Violation(
                            field + "/" + lang[0],
                            "an inline formula of " + m.group(1).length()
                                    + " characters overflows a phone: use display math $$...$$"));
                    break;
                }
            }
        }
    }

    private static void source(BankDocument.Source source, List<Violation> out) {
        if (source != null
                && !SEED_DOCUMENT.matcher(source.document()).matches()
                && !PUBLIC_WORK.matcher(source.document()).matches()) {
            out.add(
                    new Violation(
                            "/source/document",
                            "a seed document (NNN_<hash>.txt) or a public work with its year: \"Short title, Author et al. (2023)\""));
        }
    }
}
