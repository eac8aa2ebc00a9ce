package io.quizarena.bank;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quizarena.bank.BankDocument.Accepted;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one fallback rule: a reader sees their language when it exists, else the other. Pure, no Quarkus. */
class LocalizedTextTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aReaderSeesTheirLanguageWhenItExistsAndTheOtherWhenNot() {
        LocalizedText both = new LocalizedText("专家", "expert");
        assertThat(both.in(Language.ZH)).isEqualTo("专家");
        assertThat(both.in(Language.EN)).isEqualTo("expert");

        LocalizedText chineseOnly = LocalizedText.of(Language.ZH, "专家");
        assertThat(chineseOnly.in(Language.EN)).isEqualTo("专家");
        assertThat(chineseOnly.exactly(Language.EN)).isNull();
        assertThat(chineseOnly.languages()).containsExactly(Language.ZH);

        LocalizedText englishOnly = LocalizedText.of(Language.EN, "expert");
        assertThat(englishOnly.in(Language.ZH)).isEqualTo("expert");
        assertThat(englishOnly.languages()).containsExactly(Language.EN);
    }

    @Test
    void aBlankLanguageIsAMissingOne() {
        LocalizedText t = new LocalizedText("  ", "expert");
        assertThat(t.zh()).isNull();
        assertThat(t.has(Language.ZH)).isFalse();
        assertThat(t.in(Language.ZH)).isEqualTo("expert");
        assertThat(new LocalizedText("", null).languages()).isEmpty();
        assertThat(new LocalizedText("", null).in(Language.EN)).isNull();
    }

    @Test
    void aMissingLanguageIsLeftOutOfTheJsonAndReadBackAsMissing() throws Exception {
        String written = json.writeValueAsString(LocalizedText.of(Language.EN, "expert"));
        assertThat(written).isEqualTo("{\"en\":\"expert\"}");
        assertThat(json.readValue("{\"zh\":\"\",\"en\":\"expert\"}", LocalizedText.class))
                .isEqualTo(LocalizedText.of(Language.EN, "expert"));
    }

    @Test
    void acceptedSpellingsFallBackTheSameWay() throws Exception {
        Accepted english = new Accepted(null, List.of("top-2"));
        assertThat(english.zh()).isEmpty();
        assertThat(english.in(Language.ZH)).containsExactly("top-2");
        assertThat(new Accepted(List.of("前二"), List.of("top-2")).in(Language.ZH))
                .containsExactly("前二");
        assertThat(json.writeValueAsString(english)).isEqualTo("{\"en\":[\"top-2\"]}");
    }
}
