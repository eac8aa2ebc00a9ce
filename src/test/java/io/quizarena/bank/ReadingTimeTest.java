package io.quizarena.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.quizarena.bank.BankDocument.Choice;
import io.quizarena.bank.BankDocument.Item;
import io.quizarena.bank.BankDocument.QuestionDocument;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The default time limit from reading time. Pure, no Quarkus. */
class ReadingTimeTest {

    private static final double SECONDS_PER_WORD = 60 / ReadingTime.ENGLISH_WORDS_PER_MINUTE;
    private static final double SECONDS_PER_CHARACTER = 60 / ReadingTime.CHINESE_CHARACTERS_PER_MINUTE;

    private static String words(int n) {
        return String.join(" ", java.util.Collections.nCopies(n, "word"));
    }

    private static String characters(int n) {
        return "字".repeat(n);
    }

    private static QuestionDocument question(QuestionType type, LocalizedText text, List<LocalizedText> answers) {
        List<Choice> choices = null;
        List<Item> items = null;
        if (type == QuestionType.ORDERING) {
            items = new ArrayList<>();
            for (int i = 0; i < answers.size(); i++) {
                items.add(new Item("i" + i, answers.get(i)));
            }
        } else {
            choices = new ArrayList<>();
            for (int i = 0; i < answers.size(); i++) {
                choices.add(new Choice("c" + i, answers.get(i), i == 0));
            }
        }
        return new QuestionDocument(
                null, "moe", 1, type, text, choices, null, null, null, null, null, null, items, null, text, null, null);
    }

    @Test
    void chineseCharactersAndOtherWordsAreReadAtTheirOwnRates() {
        assertThat(ReadingTime.readingSeconds(words(10))).isCloseTo(10 * SECONDS_PER_WORD, within(1e-9));
        assertThat(ReadingTime.readingSeconds(characters(10))).isCloseTo(10 * SECONDS_PER_CHARACTER, within(1e-9));
        // Latin terms and numbers inside Chinese text are words; punctuation and spaces are nothing
        assertThat(ReadingTime.readingSeconds("Mixtral 每个 token 激活 2 个专家？"))
                .isCloseTo(3 * SECONDS_PER_WORD + 7 * SECONDS_PER_CHARACTER, within(1e-9));
        assertThat(ReadingTime.readingSeconds(null)).isZero();
    }

    @Test
    void theQuestionAndWhatIsToBeChosenAreRead() {
        QuestionDocument q = question(
                QuestionType.SINGLE,
                LocalizedText.of(Language.EN, words(20)),
                List.of(LocalizedText.of(Language.EN, words(5)), LocalizedText.of(Language.EN, words(5))));
        assertThat(ReadingTime.readingSeconds(q, Language.EN)).isCloseTo(30 * SECONDS_PER_WORD, within(1e-9));
        assertThat(ReadingTime.minimumSeconds(q))
                .isCloseTo(30 * SECONDS_PER_WORD + ReadingTime.answeringSeconds(QuestionType.SINGLE), within(1e-9));
    }

    @Test
    void theSlowerLanguageOfABilingualQuestionCounts() {
        // 100 characters take 12 s, 20 words about 5 s
        QuestionDocument q = question(QuestionType.SINGLE, new LocalizedText(characters(100), words(20)), List.of());
        assertThat(ReadingTime.minimumSeconds(q)).isCloseTo(12 + 5, within(1e-9));
        assertThat(ReadingTime.defaultSeconds(q)).isEqualTo(20);
        // the same text in English only: the Chinese reading no longer counts
        QuestionDocument english = question(QuestionType.SINGLE, LocalizedText.of(Language.EN, words(20)), List.of());
        assertThat(ReadingTime.minimumSeconds(english)).isCloseTo(20 * SECONDS_PER_WORD + 5, within(1e-9));
    }

    @Test
    void answeringTakesLongerForTheTypesThatNeedMoreThanATap() {
        LocalizedText text = LocalizedText.of(Language.EN, words(60));
        List<LocalizedText> three = List.of(
                LocalizedText.of(Language.EN, "a"),
                LocalizedText.of(Language.EN, "b"),
                LocalizedText.of(Language.EN, "c"));
        int trueFalse = ReadingTime.defaultSeconds(question(QuestionType.TRUE_FALSE, text, three));
        int single = ReadingTime.defaultSeconds(question(QuestionType.SINGLE, text, three));
        int ordering = ReadingTime.defaultSeconds(question(QuestionType.ORDERING, text, three));
        assertThat(trueFalse).isLessThanOrEqualTo(single);
        assertThat(single).isLessThan(ordering);
    }

    @Test
    void theDefaultIsRoundedUpToFiveSecondsWithinTenTo240() {
        // 3 words and a tap: under 6 s, raised to the 10 s floor
        assertThat(ReadingTime.defaultSeconds(
                        question(QuestionType.TRUE_FALSE, LocalizedText.of(Language.EN, "Is it true?"), List.of())))
                .isEqualTo(10);
        // 50 words: 12.6 s, plus 5 s: 17.6 s, rounded up to 20
        assertThat(ReadingTime.defaultSeconds(
                        question(QuestionType.SINGLE, LocalizedText.of(Language.EN, words(50)), List.of())))
                .isEqualTo(20);
        // 2000 characters: 240 s of reading alone, capped
        assertThat(ReadingTime.defaultSeconds(
                        question(QuestionType.SINGLE, LocalizedText.of(Language.ZH, characters(2000)), List.of())))
                .isEqualTo(240);
        for (int n = 0; n < 400; n += 7) {
            int seconds = ReadingTime.defaultSeconds(
                    question(QuestionType.MULTI, LocalizedText.of(Language.EN, words(n)), List.of()));
            assertThat(seconds % 5).as(n + " words").isZero();
            assertThat(seconds).as(n + " words").isBetween(10, 240);
        }
    }
}
