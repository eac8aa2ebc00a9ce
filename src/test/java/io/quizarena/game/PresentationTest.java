package io.quizarena.game;

import static io.quizarena.game.GameHarness.choiceQuestion;
import static io.quizarena.game.GameHarness.ordering;
import static org.assertj.core.api.Assertions.assertThat;

import io.quizarena.bank.BankDocument.Choice;
import io.quizarena.bank.BankDocument.Item;
import io.quizarena.bank.BankDocument.QuestionDocument;
import io.quizarena.bank.QuestionType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PresentationTest {

    private static List<String> items(Presentation p, QuestionDocument q, int index) {
        return p.items(q, index).stream().map(Item::id).toList();
    }

    private static List<String> choices(Presentation p, QuestionDocument q, int index) {
        return p.choices(q, index).stream().map(Choice::id).toList();
    }

    @Test
    void anOrderingQuestionIsNeverShownInItsAnswersOrder() {
        // stored in the answer's order, with ids and English texts that both sort into it: the worst case
        QuestionDocument q = ordering("o", 30, "a", "b", "c");
        for (long seed = 0; seed < 2_000; seed++) {
            assertThat(items(new Presentation(seed, true, true), q, 0))
                    .as("seed " + seed)
                    .isNotEqualTo(List.of("a", "b", "c"));
        }
        assertThat(items(new Presentation(0, false, true), q, 0)).isNotEqualTo(List.of("a", "b", "c"));
    }

    @Test
    void theOrderFollowsTheSeedAndThePlaceInTheQuizAndIsTheSameEveryTime() {
        QuestionDocument q = choiceQuestion("s", QuestionType.SINGLE, 20, "b");
        Presentation p = new Presentation(42, true, true);
        assertThat(choices(p, q, 3)).isEqualTo(choices(new Presentation(42, true, true), q, 3));
        assertThat(choices(p, q, 3)).containsExactlyInAnyOrder("a", "b", "c", "d");
        boolean differs = false;
        for (int index = 0; index < 20 && !differs; index++) {
            differs = !choices(p, q, index).equals(choices(p, q, index + 1));
        }
        assertThat(differs)
                .as("different places in the quiz draw different orders")
                .isTrue();
    }

    @Test
    void everyChoiceLandsInEveryPositionAboutEquallyOften() {
        QuestionDocument q = choiceQuestion("s", QuestionType.SINGLE, 20, "a");
        Map<Integer, Integer> keyPosition = new HashMap<>();
        int rooms = 4_000;
        for (long seed = 0; seed < rooms; seed++) {
            keyPosition.merge(choices(new Presentation(seed, true, true), q, 0).indexOf("a"), 1, Integer::sum);
        }
        assertThat(keyPosition.keySet()).containsExactlyInAnyOrder(0, 1, 2, 3);
        keyPosition.values().forEach(n -> assertThat(n).isBetween(rooms / 4 - 200, rooms / 4 + 200));
    }

    @Test
    void theAuthorsOrderIsKeptWhenAskedAndTrueFalseStaysInOrder() {
        QuestionDocument q = choiceQuestion("s", QuestionType.SINGLE, 20, "b");
        assertThat(choices(new Presentation(5, true, false), q, 0)).containsExactly("a", "b", "c", "d");
        assertThat(choices(new Presentation(5, false, true), q, 0)).containsExactly("a", "b", "c", "d");
        QuestionDocument tf = new QuestionDocument(
                "tf",
                "moe",
                1,
                QuestionType.TRUE_FALSE,
                GameHarness.text("tf"),
                List.of(
                        new Choice("true", GameHarness.text("True"), true),
                        new Choice("false", GameHarness.text("False"), false)),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                GameHarness.text("x"),
                20,
                null);
        for (long seed = 0; seed < 50; seed++) {
            assertThat(choices(new Presentation(seed, true, true), tf, 0)).containsExactly("true", "false");
        }
    }
}
