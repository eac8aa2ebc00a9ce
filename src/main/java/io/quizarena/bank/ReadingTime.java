package io.quizarena.bank;

import io.quizarena.bank.BankDocument.Choice;
import io.quizarena.bank.BankDocument.Item;
import io.quizarena.bank.BankDocument.QuestionDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long a question takes to read and answer, for a default time limit (docs/adr/0021). Pure: no Quarkus, no state.
 *
 * <p>What a player reads is the question and its choices, items or unit, in each language the question is written in;
 * Chinese characters are read at {@link #CHINESE_CHARACTERS_PER_MINUTE}, every other word (English, and the Latin
 * terms, numbers and formulas inside Chinese text) at {@link #ENGLISH_WORDS_PER_MINUTE}. The slower language counts,
 * since a room plays to readers of both.
 */
public final class ReadingTime {

    /** Silent reading of English non-fiction by adults (Brysbaert 2019, a meta-analysis of 190 studies). */
    static final double ENGLISH_WORDS_PER_MINUTE = 238;

    /** Silent reading of ordinary modern Chinese prose, the Chinese national curriculum's figure for grades 7 to 9. */
    static final double CHINESE_CHARACTERS_PER_MINUTE = 500;

    static final int MIN_SECONDS = 10;
    static final int MAX_SECONDS = 240;
    static final int STEP_SECONDS = 5;

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private ReadingTime() {}

    /** Seconds to read one text: its Chinese characters plus its other words. */
    public static double readingSeconds(String text) {
        if (text == null) {
            return 0;
        }
        Matcher han = HAN.matcher(text);
        int characters = 0;
        while (han.find()) {
            characters++;
        }
        Matcher word = WORD.matcher(HAN.matcher(text).replaceAll(" "));
        int words = 0;
        while (word.find()) {
            words++;
        }
        return characters * 60 / CHINESE_CHARACTERS_PER_MINUTE + words * 60 / ENGLISH_WORDS_PER_MINUTE;
    }

    /** Seconds a reader of {@code language} spends reading the question, as the room shows it to them. */
    public static double readingSeconds(QuestionDocument q, Language language) {
        double seconds = 0;
        for (String text : shownTexts(q, language)) {
            seconds += readingSeconds(text);
        }
        return seconds;
    }

    /**
     * Time to act once the question is read: find and tap one tile, tick several, move a slider, drag items into
     * place or type an answer.
     */
    static double answeringSeconds(QuestionType type) {
        return switch (type) {
            case TRUE_FALSE -> 3;
            case SINGLE -> 5;
            case MULTI, NUMERIC -> 8;
            case ORDERING, TYPED -> 12;
        };
    }

    /**
     * The least time a player needs: reading in the slowest of the question's languages, plus answering. No official
     * question's time limit is below this (OfficialBankContentTest).
     */
    public static double minimumSeconds(QuestionDocument q) {
        Set<Language> languages = q.text() == null ? Set.of() : q.text().languages();
        double reading = 0;
        for (Language language : languages.isEmpty() ? Set.of(Language.values()) : languages) {
            reading = Math.max(reading, readingSeconds(q, language));
        }
        return reading + answeringSeconds(q.type());
    }

    /** The default time limit: the minimum rounded up to whole 5 s, within 10 to 240 s. */
    public static int defaultSeconds(QuestionDocument q) {
        int rounded = (int) Math.ceil(minimumSeconds(q) / STEP_SECONDS) * STEP_SECONDS;
        return Math.max(MIN_SECONDS, Math.min(MAX_SECONDS, rounded));
    }

    private static List<String> shownTexts(QuestionDocument q, Language language) {
        List<String> out = new ArrayList<>();
        if (q.text() != null) {
            out.add(q.text().in(language));
        }
        if (q.choices() != null) {
            for (Choice c : q.choices()) {
                out.add(c.text() == null ? null : c.text().in(language));
            }
        }
        if (q.items() != null) {
            for (Item i : q.items()) {
                out.add(i.text() == null ? null : i.text().in(language));
            }
        }
        if (q.unit() != null) {
            out.add(q.unit().in(language));
        }
        return out;
    }
}
