package io.quizarena.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Question texts cut for the results page, and the page texts' Chinese half. */
class ShortTextTest {

    @Test
    void shortTextsKeepMathAndCodeWhole() {
        assertThat(ShortText.of("What is  each\n expert $E_i$?")).isEqualTo("What is each expert $E_i$?");
        assertThat(ShortText.of("Read this:\n```python\nprint(1)\n```\nWhat prints?"))
                .isEqualTo("Read this: …");
        String longMath = "word ".repeat(26) + "$a + b + c + d = e$ and more words after the formula";
        String cut = ShortText.of(longMath);
        assertThat(cut).endsWith(" …").doesNotContain("$");
        assertThat(cut.length()).isLessThanOrEqualTo(ShortText.MAX + 2);
        assertThat(ShortText.of("x".repeat(200))).hasSize(ShortText.MAX + 2);
        assertThat(ShortText.of(null)).isNull();
    }

    @Test
    void everyTextHasAChineseOne() throws Exception {
        Properties zh = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/messages/res_zh.properties")) {
            zh.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        Set<String> keys = Arrays.stream(ResultTexts.class.getDeclaredMethods())
                .map(Method::getName)
                .collect(Collectors.toSet());
        assertThat(zh.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(keys);
    }
}
