package io.quizarena.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every text of the pages exists in both languages, and the page language is chosen as the ADR says. */
class PageTextsTest {

    @Test
    void everyEnglishTextHasAChineseOne() throws Exception {
        Properties zh = new Properties();
        try (var in = PageTextsTest.class.getResourceAsStream("/messages/msg_zh.properties")) {
            zh.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> keys = Arrays.stream(AppMessages.class.getDeclaredMethods())
                .map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(new TreeSet<>(zh.stringPropertyNames())).isEqualTo(keys);
        for (String key : keys) {
            assertThat(zh.getProperty(key))
                    .as(key)
                    .isNotBlank()
                    .matches(v -> key.equals("pin_label") || v.codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF));
        }
    }

    @Test
    void theLanguageComesFromTheSwitchThenAcceptLanguageThenEnglish() {
        assertThat(PageLanguage.choose("zh", "en-US,en;q=0.9")).isEqualTo("zh");
        assertThat(PageLanguage.choose("fr", "zh-CN,zh;q=0.9")).isEqualTo("zh");
        assertThat(PageLanguage.choose(null, "en;q=0.5, zh-TW;q=0.9")).isEqualTo("zh");
        assertThat(PageLanguage.choose(null, "fr-FR, de;q=0.9, en;q=0.2")).isEqualTo("en");
        assertThat(PageLanguage.choose(null, "fr-FR, de;q=0.9")).isEqualTo("en");
        assertThat(PageLanguage.choose(null, "zh;q=0, en;q=0.1")).isEqualTo("en");
        assertThat(PageLanguage.choose(null, null)).isEqualTo("en");
    }

    @Test
    void onlyPathsOnThisSiteAreFollowed() {
        assertThat(SafeNext.of("/host?quiz=topic-moe")).isEqualTo("/host?quiz=topic-moe");
        assertThat(SafeNext.of("//evil.example/")).isEqualTo("/");
        assertThat(SafeNext.of("https://evil.example/")).isEqualTo("/");
        assertThat(SafeNext.of("/a\r\nSet-Cookie: x=y")).isEqualTo("/");
        assertThat(SafeNext.of("/a;b")).isEqualTo("/");
        assertThat(SafeNext.of(null)).isEqualTo("/");
    }
}
