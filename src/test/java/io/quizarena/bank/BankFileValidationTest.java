package io.quizarena.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A broken bank file stops start-up with a message naming the file, the question id and the field. */
class BankFileValidationTest {

    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules();
    private BankLoader loader;
    private ObjectNode moe;

    @BeforeEach
    void setUp() throws IOException {
        loader = new BankLoader(new BankValidator(json), new QuestionMapper(json), null, json, null);
        try (InputStream in = getClass().getResourceAsStream("/bank/moe.json")) {
            moe = (ObjectNode) json.readTree(in);
        }
    }

    private ObjectNode question(int index) {
        return (ObjectNode) moe.withArray("questions").get(index);
    }

    private String idOf(int index) {
        return question(index).get("id").asText();
    }

    @Test
    void theUntouchedFileIsValid() {
        assertThat(loader.parse("bank/moe.json", moe, Topic.MOE).questions()).isNotEmpty();
    }

    @Test
    void aMissingRequiredFieldIsNamed() {
        question(2).remove("explanation");
        assertThatThrownBy(() -> loader.parse("bank/moe.json", moe, Topic.MOE))
                .isInstanceOf(BankFileException.class)
                .hasMessageStartingWith("bank/moe.json: " + idOf(2) + ": /questions/2")
                .hasMessageContaining("explanation");
    }

    @Test
    void aWrongTypeOfValueIsNamed() {
        question(0).put("difficulty", 7);
        assertThatThrownBy(() -> loader.parse("bank/moe.json", moe, Topic.MOE))
                .hasMessageStartingWith("bank/moe.json: " + idOf(0) + ": /questions/0/difficulty");
    }

    @Test
    void aSingleChoiceQuestionWithTwoCorrectChoicesIsRejected() {
        int index = indexOfType("single");
        for (JsonNode choice : question(index).withArray("choices")) {
            ((ObjectNode) choice).put("correct", true);
        }
        assertThatThrownBy(() -> loader.parse("bank/moe.json", moe, Topic.MOE))
                .hasMessage("bank/moe.json: " + idOf(index) + ": /questions/" + index
                        + "/choices: needs exactly 1 correct choice, found "
                        + question(index).withArray("choices").size() + " correct");
    }

    @Test
    void chineseTextWithoutChineseCharactersIsRejected() {
        ((ObjectNode) question(1).get("text")).put("zh", "only English here");
        assertThatThrownBy(() -> loader.parse("bank/moe.json", moe, Topic.MOE))
                .hasMessageStartingWith("bank/moe.json: " + idOf(1) + ": /questions/1/text/zh");
    }

    @Test
    void aNumericAnswerOutsideItsRangeIsRejected() {
        int index = indexOfType("numeric");
        question(index).put("answer", question(index).get("max").decimalValue().add(java.math.BigDecimal.ONE));
        assertThatThrownBy(() -> loader.parse("bank/moe.json", moe, Topic.MOE))
                .hasMessageStartingWith("bank/moe.json: " + idOf(index) + ": /questions/" + index + "/answer");
    }

    @Test
    void aQuestionOfAnotherTopicInATopicFileIsRejected() {
        question(0).put("topic", "diffusion");
        assertThatThrownBy(() -> loader.parse("bank/moe.json", moe, Topic.MOE))
                .hasMessageStartingWith("bank/moe.json: " + idOf(0) + ": /questions/0/topic");
    }

    @Test
    void anUnknownFieldIsRejected() {
        question(3).put("colour", "red");
        assertThatThrownBy(() -> loader.parse("bank/moe.json", moe, Topic.MOE))
                .hasMessageStartingWith("bank/moe.json: " + idOf(3) + ": /questions/3")
                .hasMessageContaining("colour");
    }

    @Test
    void anOrderingQuestionWithTwoItemsIsRejected() {
        int index = indexOfType("ordering");
        ArrayNode items = question(index).withArray("items");
        while (items.size() > 2) {
            items.remove(items.size() - 1);
        }
        assertThatThrownBy(() -> loader.parse("bank/moe.json", moe, Topic.MOE))
                .hasMessageStartingWith("bank/moe.json: " + idOf(index) + ": /questions/" + index + "/items");
    }

    private int indexOfType(String type) {
        ArrayNode questions = moe.withArray("questions");
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).get("type").asText().equals(type)) {
                return i;
            }
        }
        throw new AssertionError("moe.json has no " + type + " question");
    }

    private String firstOfType(String type) {
        for (int i = 0; i < moe.withArray("questions").size(); i++) {
            if (question(i).get("type").asText().equals(type)) {
                return String.valueOf(i);
            }
        }
        throw new AssertionError("no " + type + " question in moe.json");
    }

    private void refused(String messagePart) {
        assertThatThrownBy(() -> loader.parse("bank/moe.json", moe, Topic.MOE))
                .isInstanceOf(BankFileException.class)
                .hasMessageContaining(messagePart);
    }

    @Test
    void officialChineseTextUsesFullWidthPunctuationOutsideFormulasAndCode() {
        ObjectNode text = (ObjectNode) question(0).get("text");
        text.put("zh", "每个专家 $f(x, y)$ 与 `g(a, b)` 是什么?");
        refused("/questions/0/text/zh: half-width punctuation in Chinese text");
        text.put("zh", "每个专家 $f(x, y)$ 与 `g(a, b)` 是什么？");
        assertThat(loader.parse("bank/moe.json", moe, Topic.MOE).questions()).isNotEmpty();
    }

    @Test
    void officialExplanationsNameChoicesByTheirContentNotByLetter() {
        ((ObjectNode) question(0).get("explanation")).put("en", "A and C are wrong because the experts are FFNs.");
        refused("/questions/0/explanation/en: names a choice by its letter");
        ((ObjectNode) question(0).get("explanation")).put("en", "Attention heads are wrong (b).");
        refused("names a choice by its letter");
    }

    @Test
    void anOfficialOrderingQuestionsIdsAndTextsDoNotSortIntoItsAnswer() {
        int index = Integer.parseInt(firstOfType("ordering"));
        var items = question(index).withArray("items");
        for (int i = 0; i < items.size(); i++) {
            ((ObjectNode) items.get(i)).put("id", String.valueOf((char) ('a' + i)));
        }
        refused("/questions/" + index + "/items: the item ids sort into the answer's order");
        for (int i = 0; i < items.size(); i++) {
            ((ObjectNode) items.get(i)).put("id", String.valueOf((char) ('z' - i)));
            ((ObjectNode) items.get(i).get("text")).put("en", "Step " + i);
        }
        refused("sorted by their English text the items are in the answer's order");
    }

    @Test
    void longInlineFormulasPureTexChoicesAndUnnamedSourcesAreRefused() {
        ((ObjectNode) question(0).get("explanation")).put("en", "It is $" + "x+".repeat(40) + "1$, as shown.");
        refused("/questions/0/explanation/en: an inline formula of 81 characters overflows a phone");
        setUp0();
        ((ObjectNode) question(0).withArray("choices").get(0).get("text")).put("en", "$O(n^2)$");
        refused("/questions/0/choices/0/text/en: a choice that is only a formula needs words too");
        setUp0();
        ((ObjectNode) question(0).get("source")).put("document", "some blog");
        refused("/questions/0/source/document: a seed document");
        ((ObjectNode) question(0).get("source")).put("document", "Switch Transformers, Fedus et al. (2022)");
        assertThat(loader.parse("bank/moe.json", moe, Topic.MOE).questions()).isNotEmpty();
    }

    @Test
    void anOfficialQuestionOrChoiceInOneLanguageOnlyIsRefused() {
        ((ObjectNode) question(0).get("text")).remove("en");
        refused("/questions/0/text/en: official content is written in both languages");
        setUp0();
        ((ObjectNode) question(0).withArray("choices").get(1).get("text")).remove("zh");
        refused("/questions/0/choices/1/text/zh: the question is written in Chinese, so this text needs Chinese too");
        setUp0();
        int typed = indexOfType("typed");
        ((ObjectNode) question(typed).get("accepted")).remove("zh");
        refused("/questions/" + typed + "/accepted/zh: official content is written in both languages");
    }

    @Test
    void anOfficialQuestionStatesItsTimeLimitAndAnOfficialQuizHasBothLanguages() {
        question(0).remove("timeLimitSeconds");
        refused("/questions/0/timeLimitSeconds: official questions state their time limit");
        setUp0();
        ((ObjectNode) moe.withArray("quizzes").get(0).get("title")).remove("zh");
        refused("/quizzes/0/title/zh: official content is written in both languages");
    }

    private void setUp0() {
        try {
            setUp();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
