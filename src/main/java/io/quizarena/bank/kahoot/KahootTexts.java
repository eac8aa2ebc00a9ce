package io.quizarena.bank.kahoot;

import io.quizarena.bank.Language;
import io.quizarena.bank.LocalizedText;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns the one language of a spreadsheet into the bank's texts, and back. A host's question may be in one language
 * (docs/adr/0021), so every text of a row is written in the language of its question: the sheet's language, except a
 * question of a Chinese sheet without any Han (a formula, a name), which the bank could not accept as Chinese and so
 * keeps as English. Players on a page of the other language see it as written. The template has no explanation
 * column, so the explanation names the correct answers.
 */
final class KahootTexts {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final List<String> TRUE_WORDS = List.of("true", "正确", "对");
    private static final List<String> FALSE_WORDS = List.of("false", "错误", "错");

    private KahootTexts() {}

    /** The language a sheet is written in when the caller does not say: Chinese as soon as a question has Han. */
    static Language guess(KahootSheet sheet) {
        return sheet.rows().stream().anyMatch(r -> HAN.matcher(r.question()).find()) ? Language.ZH : Language.EN;
    }

    /** The language a row's texts are kept in. */
    static Language of(String question, Language sheet) {
        return sheet == Language.ZH && !HAN.matcher(question).find() ? Language.EN : sheet;
    }

    static LocalizedText text(String text, Language lang) {
        return LocalizedText.of(lang, text.strip());
    }

    /** The text to export in {@code lang}: that language, else the one the text was written in. */
    static String shown(LocalizedText text, Language lang) {
        return text.in(lang);
    }

    static LocalizedText explanation(List<LocalizedText> correctAnswers, Language lang) {
        List<String> answers = correctAnswers.stream().map(t -> t.in(lang)).toList();
        String text = lang == Language.ZH
                ? "正确答案：" + String.join("、", answers)
                : (answers.size() == 1 ? "Correct answer: " : "Correct answers: ") + String.join(", ", answers);
        return LocalizedText.of(lang, text);
    }

    static LocalizedText title(String title, Language lang) {
        return title == null || title.isBlank()
                ? LocalizedText.of(lang, lang == Language.ZH ? "导入的测验" : "Imported quiz")
                : text(title, lang);
    }

    static LocalizedText description(Language lang) {
        return LocalizedText.of(lang, lang == Language.ZH ? "从 Kahoot 表格导入。" : "Imported from a Kahoot spreadsheet.");
    }

    /** True or False (in either language) when the two answers are such a pair, in the sheet's order. */
    static Optional<List<Boolean>> trueFalse(List<String> answers) {
        if (answers.size() != 2) {
            return Optional.empty();
        }
        Boolean first = truth(answers.get(0));
        Boolean second = truth(answers.get(1));
        return first != null && second != null && !first.equals(second)
                ? Optional.of(List.of(first, second))
                : Optional.empty();
    }

    static LocalizedText truthText(boolean value, Language lang) {
        return lang == Language.ZH
                ? LocalizedText.of(lang, value ? "正确" : "错误")
                : LocalizedText.of(lang, value ? "True" : "False");
    }

    private static Boolean truth(String answer) {
        String word = answer.strip().toLowerCase(Locale.ROOT);
        if (TRUE_WORDS.contains(word)) {
            return Boolean.TRUE;
        }
        return FALSE_WORDS.contains(word) ? Boolean.FALSE : null;
    }
}
