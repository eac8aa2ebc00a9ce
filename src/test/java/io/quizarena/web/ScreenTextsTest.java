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

/** The open rooms', big screen's and remote's texts ({@link ScreenMessages}) exist in Chinese too. */
class ScreenTextsTest {

    @Test
    void everyEnglishTextHasAChineseOne() throws Exception {
        Properties zh = new Properties();
        try (var in = ScreenTextsTest.class.getResourceAsStream("/messages/screen_zh.properties")) {
            zh.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> keys = Arrays.stream(ScreenMessages.class.getDeclaredMethods())
                .map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(new TreeSet<>(zh.stringPropertyNames())).isEqualTo(keys);
        for (String key : keys) {
            assertThat(zh.getProperty(key)).as(key).isNotBlank();
        }
        assertThat(zh.getProperty("player_count")).contains("{count}");
    }
}
