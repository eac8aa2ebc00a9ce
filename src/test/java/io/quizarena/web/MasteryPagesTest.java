package io.quizarena.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The mastery page: open to anyone, in both languages, with the frame and the texts its script fills. */
@QuarkusTest
class MasteryPagesTest {

    @Test
    void aGuestGetsThePageInEnglish() {
        given().header("Accept-Language", "en")
                .get("/mastery")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("<h1>Your mastery</h1>"))
                .body(containsString("data-test=\"mastery-guest\""))
                .body(containsString("data-test=\"mastery-topics\""))
                .body(containsString("data-test=\"mastery-empty\""))
                .body(containsString("href=\"/practice\""))
                .body(containsString("href=\"/review\""))
                .body(containsString("data-practise=\"Practise this topic\""))
                .body(containsString("data-due=\"%1 reviews due\""))
                .body(containsString("/css/training.css"))
                .body(containsString("/js/mastery.js"))
                .body(not(containsString("我的掌握度")));
    }

    @Test
    void aSignedInPlayerGetsItInChineseWithoutTheGuestNote() {
        given().auth()
                .preemptive()
                .basic("player", "player")
                .header("Accept-Language", "zh-CN")
                .get("/mastery")
                .then()
                .statusCode(200)
                .body(containsString("<html lang=\"zh-CN\">"))
                .body(containsString("<h1>我的掌握度</h1>"))
                .body(containsString("还没有练习记录"))
                .body(containsString("data-practise=\"练习这个主题\""))
                .body(containsString("data-trend=\"最近 6 周\""))
                .body(not(containsString("data-test=\"mastery-guest\"")))
                .body(not(containsString("Your mastery")));
    }

    @Test
    void theLanguageCookieWinsOverTheBrowsersLanguage() {
        given().cookie(PageLanguage.COOKIE, "zh")
                .header("Accept-Language", "en")
                .get("/mastery")
                .then()
                .statusCode(200)
                .body(containsString("<h1>我的掌握度</h1>"));
    }

    @Test
    void everyEnglishTextHasAChineseOne() throws Exception {
        Properties zh = new Properties();
        try (var in = MasteryPagesTest.class.getResourceAsStream("/messages/train_zh.properties")) {
            zh.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> keys = Arrays.stream(TrainingMessages.class.getDeclaredMethods())
                .map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(new TreeSet<>(zh.stringPropertyNames())).isEqualTo(keys);
        for (String key : keys) {
            assertThat(zh.getProperty(key)).as(key).isNotBlank();
        }
    }
}
