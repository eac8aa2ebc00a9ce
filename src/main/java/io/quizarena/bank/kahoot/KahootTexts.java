package io.quizarena.bank.kahoot;

import io.quizarena.bank.Language;
import io.quizarena.bank.LocalizedText;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns the one language of a spreadsheet into the bank's texts, and back. The bank still requires every text in both
 * languages, and a Chinese question text or explanation must contain Chinese characters (BankValidator). Until the
 * second language becomes optional, this is the only place that fills it in:
 *
 * <ul>
 *   <li>labels (answers, the title) carry the same text in both languages;
 *   <li>an English question gets the Chinese text "English text（英文）", marked so nobody takes it for a translation,
 *       and export takes the mark off again (a question of a Chinese sheet without any Han, such as a formula, is
 *       marked "（原文）", "as written");
 *   <li>a Chinese question is also the English text;
 *   <li>the explanation, which the template has no column for, names the correct answers in each language.
 * </ul>
 */
final class KahootTexts {

    /** Marks a Chinese text that is really the English original. */
    static final String ENGLISH_MARK = "（英文）";
    /** Marks a Chinese text that has no Han characters at all (a formula, a name). */
    static final String AS_WRITTEN_MARK = "（原文）";

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final LocalizedText TRUE = new LocalizedText("正确", "True");
    private static final LocalizedText FALSE = new LocalizedText("错误", "False");
    private static final List<String> TRUE_WORDS = List.of("true", "正确", "对");
    private static final List<String> FALSE_WORDS = List.of("false", "错误", "错");

    private KahootTexts() {}

    /** The language a sheet is written in when the caller does not say: Chinese as soon as a question has Han. */
    static Language guess(KahootSheet sheet) {
        return sheet.rows().stream().anyMatch(r -> HAN.matcher(r.question()).find()) ? Language.ZH : Language.EN;
    }

    static LocalizedText question(String text, Language lang) {
        if (HAN.matcher(text).find()) {
            return new LocalizedText(text, text);
        }
        return new LocalizedText(text + (lang == Language.EN ? ENGLISH_MARK : AS_WRITTEN_MARK), text);
    }

    static LocalizedText label(String text) {
        return new LocalizedText(text, text);
    }

    /** The text to export in {@code lang}, without the mark {@link #question} added. */
    static String shown(LocalizedText text, Language lang) {
        String shown = text.in(lang);
        if (lang == Language.ZH
                && (shown.equals(text.en() + ENGLISH_MARK) || shown.equals(text.en() + AS_WRITTEN_MARK))) {
            return text.en();
        }
        return shown;
    }

    static LocalizedText explanation(List<LocalizedText> correctAnswers) {
        String zh = correctAnswers.stream().map(LocalizedText::zh).collect(Collectors.joining("、"));
        String en = correctAnswers.stream().map(LocalizedText::en).collect(Collectors.joining(", "));
        return new LocalizedText(
                "正确答案：" + zh, (correctAnswers.size() == 1 ? "Correct answer: " : "Correct answers: ") + en);
    }

    static LocalizedText title(String title) {
        return title == null || title.isBlank() ? new LocalizedText("导入的测验", "Imported quiz") : label(title.strip());
    }

    static LocalizedText description() {
        return new LocalizedText("从 Kahoot 表格导入。", "Imported from a Kahoot spreadsheet.");
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

    static LocalizedText truthText(boolean value) {
        return value ? TRUE : FALSE;
    }

    private static Boolean truth(String answer) {
        String word = answer.strip().toLowerCase(Locale.ROOT);
        if (TRUE_WORDS.contains(word)) {
            return Boolean.TRUE;
        }
        return FALSE_WORDS.contains(word) ? Boolean.FALSE : null;
    }
}
