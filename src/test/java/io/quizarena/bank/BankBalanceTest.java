package io.quizarena.bank;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quizarena.bank.BankDocument.Choice;
import io.quizarena.bank.BankDocument.QuestionDocument;
import io.quizarena.bank.BankLoader.Bank;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bank as a whole gives nothing away by its patterns: no topic too thin to play twice, no question asked twice,
 * keys spread over every position, keys not marked by their length, and multi-select questions whose number of right
 * answers cannot be guessed. Each check prints its figures.
 */
class BankBalanceTest {

    /** About nine tenths of each topic's planned size (issue: a bank a candidate can live on). */
    static final Map<String, Integer> MINIMUM_PER_TOPIC = Map.ofEntries(
            Map.entry("architecture", 54),
            Map.entry("training", 45),
            Map.entry("inference", 45),
            Map.entry("fine-tuning", 40),
            Map.entry("alignment", 40),
            Map.entry("rag", 36),
            Map.entry("multimodal", 31),
            Map.entry("agents", 31),
            Map.entry("evaluation", 31),
            Map.entry("moe", 27),
            Map.entry("diffusion", 22),
            Map.entry("code-models", 22));

    private static Bank bank;

    @BeforeAll
    static void readBank() {
        ObjectMapper json = new ObjectMapper().findAndRegisterModules();
        bank = new BankLoader(new BankValidator(json), new QuestionMapper(json), null, json, null).readOfficialBank();
    }

    @Test
    void everyTopicHasEnoughQuestionsToPlayItMoreThanOnce() {
        Map<String, Long> byTopic = bank.questions().stream()
                .collect(Collectors.groupingBy(QuestionDocument::topic, TreeMap::new, Collectors.counting()));
        System.out.println("questions per topic: " + byTopic);
        assertThat(byTopic.keySet()).containsExactlyInAnyOrderElementsOf(MINIMUM_PER_TOPIC.keySet());
        MINIMUM_PER_TOPIC.forEach(
                (topic, minimum) -> assertThat(byTopic.get(topic)).as(topic).isGreaterThanOrEqualTo(minimum));
    }

    @Test
    void noTwoQuestionsHaveTheSameText() {
        Map<String, String> seen = new HashMap<>();
        for (QuestionDocument q : bank.questions()) {
            for (String text : List.of(q.text().en(), q.text().zh())) {
                String previous = seen.putIfAbsent(normalised(text), q.id());
                assertThat(previous)
                        .as("%s has the same text as %s", q.id(), previous)
                        .isNull();
            }
        }
    }

    @Test
    void theKeyOfASingleChoiceQuestionIsRarelyItsLongestOption() {
        List<QuestionDocument> singles = of(QuestionType.SINGLE);
        long longest =
                singles.stream().filter(BankBalanceTest::keyIsUniqueLongest).count();
        double share = (double) longest / singles.size();
        System.out.printf(
                "single: key is the unique longest option in %d of %d (%.0f%%)%n",
                longest, singles.size(), 100 * share);
        assertThat(share).isLessThanOrEqualTo(0.35);
    }

    @Test
    void theKeysOfFourChoiceQuestionsSpreadOverEveryPosition() {
        List<QuestionDocument> four = of(QuestionType.SINGLE).stream()
                .filter(q -> q.choices().size() == 4)
                .toList();
        int[] at = new int[4];
        four.forEach(q -> at[keyPosition(q)]++);
        System.out.printf("4-choice single: key at a/b/c/d %s of %d%n", java.util.Arrays.toString(at), four.size());
        for (int position = 0; position < 4; position++) {
            assertThat((double) at[position] / four.size())
                    .as("share of keys at position %d", position)
                    .isBetween(0.15, 0.40);
        }
    }

    @Test
    void multiSelectQuestionsVaryHowManyChoicesAreRight() {
        List<QuestionDocument> multi = of(QuestionType.MULTI);
        Map<Long, Long> byCount = multi.stream()
                .collect(Collectors.groupingBy(
                        q -> q.choices().stream().filter(Choice::correct).count(),
                        TreeMap::new,
                        Collectors.counting()));
        System.out.println("multi: questions by number of right choices " + byCount);
        assertThat(byCount).hasSizeGreaterThanOrEqualTo(3);
        byCount.values().forEach(n -> assertThat((double) n / multi.size()).isLessThanOrEqualTo(0.5));
    }

    private static List<QuestionDocument> of(QuestionType type) {
        return bank.questions().stream().filter(q -> q.type() == type).toList();
    }

    private static boolean keyIsUniqueLongest(QuestionDocument q) {
        int keyLength = q.choices().get(keyPosition(q)).text().en().length();
        return q.choices().stream()
                        .filter(c -> c.text().en().length() >= keyLength)
                        .count()
                == 1;
    }

    private static int keyPosition(QuestionDocument q) {
        for (int i = 0; i < q.choices().size(); i++) {
            if (q.choices().get(i).correct()) {
                return i;
            }
        }
        throw new AssertionError(q.id() + " has no key");
    }

    private static String normalised(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[\\p{P}\\p{S}\\s]+", "");
    }
}
