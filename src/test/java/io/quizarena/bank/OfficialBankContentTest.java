package io.quizarena.bank;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quizarena.bank.BankDocument.Choice;
import io.quizarena.bank.BankDocument.QuestionDocument;
import io.quizarena.bank.BankDocument.QuizDocument;
import io.quizarena.bank.BankLoader.Bank;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The official bank as content: every question valid for its type, coverage of the seeds, the promised mix. */
class OfficialBankContentTest {

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static Bank bank;

    @BeforeAll
    static void readBank() {
        ObjectMapper json = new ObjectMapper().findAndRegisterModules();
        BankValidator validator = new BankValidator(json);
        bank = new BankLoader(validator, new QuestionMapper(json), null, json, null).readOfficialBank();
    }

    @Test
    void hasAbout500QuestionsWithThePromisedMixOfTypes() {
        Map<QuestionType, Long> byType = bank.questions().stream()
                .collect(Collectors.groupingBy(
                        QuestionDocument::type, () -> new EnumMap<>(QuestionType.class), Collectors.counting()));
        assertThat(bank.questions()).hasSizeGreaterThanOrEqualTo(450);
        assertThat(byType.get(QuestionType.SINGLE)).isGreaterThanOrEqualTo(180);
        assertThat(byType.get(QuestionType.MULTI)).isGreaterThanOrEqualTo(80);
        assertThat(byType.get(QuestionType.TRUE_FALSE)).isGreaterThanOrEqualTo(45);
        assertThat(byType.get(QuestionType.NUMERIC)).isGreaterThanOrEqualTo(30);
        assertThat(byType.get(QuestionType.ORDERING)).isGreaterThanOrEqualTo(30);
        assertThat(byType.get(QuestionType.TYPED)).isGreaterThanOrEqualTo(20);
    }

    @Test
    void everyTopicHasQuestionsAndAPremadeQuiz() {
        Set<String> quizIds = bank.quizzes().stream().map(QuizDocument::id).collect(Collectors.toSet());
        for (Topic topic : Topic.values()) {
            assertThat(bank.questions()).as(topic.id()).anyMatch(q -> q.topic().equals(topic.id()));
            assertThat(quizIds).contains("topic-" + topic.id());
        }
    }

    @Test
    void theWarmUpQuizMixesTwentyQuestionsFromSeveralTopics() {
        QuizDocument warmUp = bank.quizzes().stream()
                .filter(z -> z.id().equals("llm-interview-warm-up"))
                .findFirst()
                .orElseThrow();
        assertThat(warmUp.questionIds()).hasSize(20).doesNotHaveDuplicates();
        Set<String> topics = new HashSet<>();
        warmUp.questionIds().forEach(id -> topics.add(id.substring(0, id.lastIndexOf('-'))));
        assertThat(topics).hasSizeGreaterThanOrEqualTo(8);
    }

    @Test
    void choiceQuestionsHaveTheRightNumberOfCorrectChoices() {
        for (QuestionDocument q : bank.questions()) {
            if (!q.type().hasChoices()) {
                assertThat(q.choices()).as(q.id()).isNull();
                continue;
            }
            long correct = q.choices().stream().filter(Choice::correct).count();
            switch (q.type()) {
                case SINGLE -> assertThat(correct).as(q.id()).isEqualTo(1);
                case TRUE_FALSE -> {
                    assertThat(correct).as(q.id()).isEqualTo(1);
                    assertThat(q.choices()).as(q.id()).extracting(Choice::id).containsExactly("true", "false");
                }
                case MULTI ->
                    assertThat(correct)
                            .as(q.id())
                            .isBetween(1L, (long) q.choices().size() - 1);
                default -> throw new AssertionError(q.type());
            }
            assertThat(q.choices()).extracting(Choice::id).as(q.id()).doesNotHaveDuplicates();
        }
    }

    @Test
    void numericAnswersLieWithinTheirRangeAndOnTheSlider() {
        for (QuestionDocument q : bank.questions()) {
            if (q.type() != QuestionType.NUMERIC) {
                continue;
            }
            assertThat(q.answer()).as(q.id()).isBetween(q.min(), q.max());
            assertThat(q.answer().subtract(q.min()).remainder(q.step()).signum())
                    .as(q.id())
                    .isZero();
            assertThat(q.tolerance().signum()).as(q.id()).isGreaterThanOrEqualTo(0);
            assertThat(q.unit().zh()).isNotBlank();
            assertThat(q.unit().en()).isNotBlank();
        }
    }

    @Test
    void orderingQuestionsHaveThreeOrMoreItemsAndTypedOnesAcceptedAnswersInBothLanguages() {
        for (QuestionDocument q : bank.questions()) {
            if (q.type() == QuestionType.ORDERING) {
                assertThat(q.items()).as(q.id()).hasSizeGreaterThanOrEqualTo(3);
            }
            if (q.type() == QuestionType.TYPED) {
                assertThat(q.accepted().zh()).as(q.id()).isNotEmpty();
                assertThat(q.accepted().en()).as(q.id()).isNotEmpty();
            }
        }
    }

    @Test
    void everyTextIsWrittenInBothLanguagesAndTheChineseIsChinese() {
        for (QuestionDocument q : bank.questions()) {
            assertThat(q.text().en()).as(q.id()).isNotBlank();
            assertThat(q.explanation().en()).as(q.id()).isNotBlank();
            assertThat(HAN.matcher(q.text().zh()).find())
                    .as(q.id() + " text.zh")
                    .isTrue();
            assertThat(HAN.matcher(q.explanation().zh()).find())
                    .as(q.id() + " explanation.zh")
                    .isTrue();
            assertThat(q.text().zh()).as(q.id()).isNotEqualTo(q.text().en());
            if (q.choices() != null) {
                q.choices().forEach(c -> assertThat(c.text().zh()).isNotBlank());
            }
            assertThat(q.timeLimitSeconds()).isBetween(5, 240);
        }
    }

    @Test
    void noTimeLimitIsShorterThanReadingTheQuestionAndAnsweringIt() {
        List<String> tooShort = bank.questions().stream()
                .filter(q -> q.timeLimitSeconds() < ReadingTime.minimumSeconds(q))
                .map(q -> q.id() + " has " + q.timeLimitSeconds() + " s, needs "
                        + Math.round(ReadingTime.minimumSeconds(q)) + " s (default "
                        + ReadingTime.defaultSeconds(q) + ")")
                .toList();
        assertThat(tooShort).isEmpty();
    }

    @Test
    void everySeedSectionYieldsAQuestionAndEverySourceIsASeedSection() throws IOException {
        List<String[]> sections = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/bank/seed-sections.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    sections.add(line.split("\t"));
                }
            }
        }
        assertThat(sections).hasSizeGreaterThan(50);
        Set<String> known = sections.stream().map(s -> s[0] + "\t" + s[1]).collect(Collectors.toSet());
        Set<String> used = bank.questions().stream()
                .map(q -> q.source().document() + "\t" + q.source().section())
                .collect(Collectors.toSet());
        Set<String> seedDocuments = sections.stream().map(s -> s[0]).collect(Collectors.toSet());
        Set<String> usedFromSeeds = used.stream()
                .filter(u -> seedDocuments.contains(u.substring(0, u.indexOf('\t'))))
                .collect(Collectors.toSet());
        assertThat(known).as("seed sections without a question").isSubsetOf(used);
        assertThat(usedFromSeeds)
                .as("sources in a seed document that are not its sections")
                .isSubsetOf(known);
        for (String[] s : sections) {
            assertThat(bank.questions())
                    .as("section " + s[1] + " is covered by topic " + s[2])
                    .anyMatch(
                            q -> q.topic().equals(s[2]) && q.source().section().equals(s[1]));
        }
    }
}
