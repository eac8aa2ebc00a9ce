package io.quizarena.game;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.quizarena.bank.BankDocument.Accepted;
import io.quizarena.bank.BankDocument.Choice;
import io.quizarena.bank.BankDocument.Item;
import io.quizarena.bank.BankDocument.QuestionDocument;
import io.quizarena.bank.Language;
import io.quizarena.bank.LocalizedText;
import io.quizarena.bank.QuestionType;
import io.quizarena.scoring.ScoringMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A quiz written in English only, played by a phone whose page is in Chinese: every frame carries the English text
 * in its {@code zh} field too, so the page shows what exists. Engine alone, no Quarkus.
 */
class OneLanguageGameTest {

    private static LocalizedText en(String text) {
        return LocalizedText.of(Language.EN, text);
    }

    private static QuestionDocument englishSingle() {
        return new QuestionDocument(
                "en-1",
                "moe",
                1,
                QuestionType.SINGLE,
                en("How many experts does Mixtral route each token to?"),
                List.of(new Choice("a", en("One"), false), new Choice("b", en("Two"), true)),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                en("Mixtral routes each token to its top two experts."),
                20,
                null);
    }

    private static QuestionDocument chineseOrdering() {
        LocalizedText zh = LocalizedText.of(Language.ZH, "按顺序排列");
        return new QuestionDocument(
                "zh-2",
                "moe",
                1,
                QuestionType.ORDERING,
                zh,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(
                        new Item("x", LocalizedText.of(Language.ZH, "路由")),
                        new Item("y", LocalizedText.of(Language.ZH, "计算专家")),
                        new Item("z", LocalizedText.of(Language.ZH, "加权求和"))),
                null,
                zh,
                30,
                null);
    }

    private static QuestionDocument englishTyped() {
        return new QuestionDocument(
                "en-3",
                "moe",
                1,
                QuestionType.TYPED,
                en("Name the layer an expert replaces."),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                new Accepted(null, List.of("FFN")),
                en("Experts replace the feed-forward block."),
                20,
                null);
    }

    private final GameHarness h = new GameHarness(
            List.of(englishSingle(), chineseOrdering(), englishTyped()),
            new HostPaced(),
            GameHarness.rules(ScoringMode.ACCURACY, 0, true));

    @Test
    void aChinesePageSeesTheEnglishTextOfAnEnglishOnlyQuizAndTheOtherWayRound() {
        RecordingPeer host = h.host();
        RecordingPeer li = h.join("Li");
        h.hostSends(host, PaceCommand.START);
        h.clock.advance(3_000);

        JsonNode question = li.take("question").path("question");
        assertThat(question.path("text").path("zh").asText())
                .isEqualTo("How many experts does Mixtral route each token to?");
        assertThat(question.path("text").path("en").asText())
                .isEqualTo(question.path("text").path("zh").asText());
        for (JsonNode choice : question.path("choices")) {
            assertThat(choice.path("text").path("zh").asText())
                    .isEqualTo(choice.path("text").path("en").asText())
                    .isIn("One", "Two");
        }
        h.choose(li, 0, "b");
        assertThat(li.take("reveal").path("explanation").path("zh").asText())
                .isEqualTo("Mixtral routes each token to its top two experts.");

        h.hostSends(host, PaceCommand.NEXT);
        h.clock.advance(3_000);
        JsonNode ordering = li.take("question").path("question");
        assertThat(ordering.path("text").path("en").asText()).isEqualTo("按顺序排列");
        assertThat(ordering.path("items"))
                .extracting(i -> i.path("text").path("en").asText())
                .containsExactlyInAnyOrder("路由", "计算专家", "加权求和");
        h.answer(li, 1, new Submission(null, null, List.of("x", "y", "z"), null));
        assertThat(li.last("result").path("correct").asBoolean()).isTrue();

        h.hostSends(host, PaceCommand.NEXT);
        h.clock.advance(3_000);
        li.take("question");
        h.answer(li, 2, new Submission(null, null, null, "ffn"));
        JsonNode key = li.take("reveal").path("correct");
        assertThat(key.path("zh")).extracting(JsonNode::asText).containsExactly("FFN");
        assertThat(li.last("result").path("correct").asBoolean()).isTrue();
        assertThat(h.failures).isEmpty();
    }
}
