package io.quizarena.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnswerCheckTest {

    @Test
    void singleChoiceNeedsExactlyTheCorrectChoice() {
        assertThat(AnswerCheck.single(List.of("b"), "b")).isEqualTo(1);
        assertThat(AnswerCheck.single(List.of("a"), "b")).isZero();
        assertThat(AnswerCheck.single(List.of("a", "b"), "b")).isZero();
        assertThat(AnswerCheck.single(List.of(), "b")).isZero();
    }

    @Test
    void multiSelectGivesPartialCreditAndPenalisesWrongPicks() {
        Set<String> correct = Set.of("a", "b", "c");
        assertThat(AnswerCheck.multi(List.of("a", "b", "c"), correct)).isEqualTo(1);
        assertThat(AnswerCheck.multi(List.of("a", "b"), correct)).isEqualTo(2.0 / 3);
        assertThat(AnswerCheck.multi(List.of("a", "b", "d"), correct)).isEqualTo(1.0 / 3);
        assertThat(AnswerCheck.multi(List.of("a", "d"), correct)).isZero();
        assertThat(AnswerCheck.multi(List.of("d", "e"), correct)).isZero();
        assertThat(AnswerCheck.multi(List.of("a", "b", "c", "d"), correct)).isEqualTo(2.0 / 3);
    }

    @Test
    void numericAnswersCountInclusivelyAtTheToleranceEdge() {
        BigDecimal answer = new BigDecimal("12.9");
        BigDecimal tolerance = new BigDecimal("0.6");
        assertThat(AnswerCheck.numeric(new BigDecimal("12.9"), answer, tolerance))
                .isEqualTo(1);
        assertThat(AnswerCheck.numeric(new BigDecimal("13.5"), answer, tolerance))
                .isEqualTo(1);
        assertThat(AnswerCheck.numeric(new BigDecimal("12.3"), answer, tolerance))
                .isEqualTo(1);
        assertThat(AnswerCheck.numeric(new BigDecimal("13.6"), answer, tolerance))
                .isZero();
        assertThat(AnswerCheck.numeric(new BigDecimal("12.29"), answer, tolerance))
                .isZero();
        assertThat(AnswerCheck.numeric(new BigDecimal("2"), new BigDecimal("2"), BigDecimal.ZERO))
                .isEqualTo(1);
        assertThat(AnswerCheck.numeric(new BigDecimal("2.0001"), new BigDecimal("2"), BigDecimal.ZERO))
                .isZero();
    }

    @Test
    void orderingIsAllOrNothing() {
        assertThat(AnswerCheck.ordering(List.of("a", "b", "c"), List.of("a", "b", "c")))
                .isEqualTo(1);
        assertThat(AnswerCheck.ordering(List.of("a", "c", "b"), List.of("a", "b", "c")))
                .isZero();
        assertThat(AnswerCheck.ordering(List.of("a", "b"), List.of("a", "b", "c")))
                .isZero();
    }

    @Test
    void typedAnswersIgnoreCaseSpacesAndUnicodeWidth() {
        List<String> accepted = List.of("KV Cache", "键值缓存", "(IA)³");
        assertThat(AnswerCheck.typed("kv cache", accepted)).isEqualTo(1);
        assertThat(AnswerCheck.typed("  KV   CACHE  ", accepted)).isEqualTo(1);
        assertThat(AnswerCheck.typed("ＫＶ　Ｃａｃｈｅ", accepted)).isEqualTo(1); // full-width letters and space
        assertThat(AnswerCheck.typed("键值缓存", accepted)).isEqualTo(1);
        assertThat(AnswerCheck.typed("(ia)3", accepted)).isEqualTo(1); // superscript three folds to 3
        assertThat(AnswerCheck.typed("KVCache", accepted)).isZero();
        assertThat(AnswerCheck.typed("", accepted)).isZero();
        assertThat(AnswerCheck.typed("   ", List.of(" "))).isZero();
    }

    @Test
    void caseFoldingHandlesNonAsciiLetters() {
        assertThat(AnswerCheck.typed("STRASSE", List.of("straße"))).isEqualTo(1);
        assertThat(AnswerCheck.typed("ÉCOLE", List.of("école"))).isEqualTo(1);
    }

    @Test
    void typedAnswersForgiveSentencePunctuationQuotesAndHyphensButKeepMeaningfulSymbols() {
        assertThat(AnswerCheck.typed("DPO.", List.of("DPO"))).isEqualTo(1);
        assertThat(AnswerCheck.typed("“DPO”。", List.of("DPO"))).isEqualTo(1);
        assertThat(AnswerCheck.typed("kv-cache!", List.of("KV cache"))).isEqualTo(1);
        assertThat(AnswerCheck.typed("KV cache", List.of("KV-Cache"))).isEqualTo(1);
        assertThat(AnswerCheck.typed("C", List.of("C++"))).isZero();
        assertThat(AnswerCheck.typed("C", List.of("C#"))).isZero();
        assertThat(AnswerCheck.typed("C#", List.of("C#"))).isEqualTo(1);
        assertThat(AnswerCheck.typed("...", List.of("DPO"))).isZero();
    }
}
