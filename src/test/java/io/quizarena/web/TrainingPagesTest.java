package io.quizarena.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The self-paced pages render for anyone in both languages and start their script with what it needs; ids that
 * cannot name anything get the not-found page; every text exists in Chinese too. What the script does with the
 * training API is TrainingPagesInBrowserTest's.
 */
@QuarkusTest
class TrainingPagesTest {

    @Test
    void anAssignmentAsksAGuestForANicknameInTheirLanguage() {
        given().header("Accept-Language", "en")
                .get("/train/a1b2c3")
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("data-mode=\"assignment\""))
                .body(containsString("data-id=\"a1b2c3\""))
                .body(containsString("data-user=\"\""))
                .body(containsString("<title>Assignment · Quiz Arena</title>"))
                .body(containsString("id=\"nickname\""))
                .body(containsString("Your trainer sees this name in the report."))
                .body(containsString(
                        "data-err-no-attempts-left=\"You have used all your attempts at this assignment.\""))
                .body(containsString("role=\"timer\""))
                .body(containsString("src=\"/js/train.js\""))
                .body(containsString("href=\"/css/train.css\""));
        given().header("Accept-Language", "zh-CN")
                .get("/train/a1b2c3")
                .then()
                .statusCode(200)
                .body(containsString("<html lang=\"zh-CN\">"))
                .body(containsString("<title>练习任务 · Quiz Arena</title>"))
                .body(containsString("培训师会在报告中看到这个名字。"))
                .body(containsString("data-err-assignment-closed=\"此任务已关闭：截止时间已过。\""))
                .body(not(containsString("Your trainer sees")));
    }

    @Test
    @TestSecurity(user = "player", roles = "player")
    void aSignedInPlayerStartsWithoutANickname() {
        given().header("Accept-Language", "en")
                .get("/train/a1b2c3")
                .then()
                .statusCode(200)
                .body(containsString("data-user=\"player\""))
                .body(not(containsString("id=\"nickname\"")));
    }

    @Test
    void practiceOffersEveryTopicAndPreselectsTheAskedOne() {
        given().header("Accept-Language", "en")
                .get("/practice?topic=moe")
                .then()
                .statusCode(200)
                .body(containsString("data-mode=\"practice\""))
                .body(containsString("<option value=\"mixed\">Mixed: all topics</option>"))
                .body(containsString("<option value=\"moe\" selected>Mixture of experts</option>"))
                .body(containsString("<option value=\"rag\">"));
        given().header("Accept-Language", "zh-CN")
                .get("/practice?topic=no-such-topic")
                .then()
                .statusCode(200)
                .body(containsString("<option value=\"mixed\" selected>混合：全部主题</option>"))
                .body(containsString("<option value=\"moe\">混合专家 MoE</option>"))
                .body(containsString("从题库中抽取十道题"));
    }

    @Test
    void theMistakesReviewAndAGamesReviewRenderInBothLanguages() {
        given().header("Accept-Language", "en")
                .get("/review")
                .then()
                .statusCode(200)
                .body(containsString("data-mode=\"review\""))
                .body(containsString("<h1>Review my mistakes</h1>"));
        given().header("Accept-Language", "zh-CN")
                .get("/review")
                .then()
                .statusCode(200)
                .body(containsString("<h1>复习错题</h1>"));
        String game = "0f8fad5b-d9cb-469f-a165-70867728950e";
        given().header("Accept-Language", "en")
                .get("/games/" + game + "/review")
                .then()
                .statusCode(200)
                .body(containsString("data-mode=\"game\""))
                .body(containsString("data-id=\"" + game + "\""))
                .body(containsString("My answers in this game"))
                .body(not(containsString("data-screen=\"question\"")));
        given().header("Accept-Language", "zh-CN")
                .get("/games/" + game + "/review")
                .then()
                .statusCode(200)
                .body(containsString("我在这局游戏中的作答"));
    }

    @Test
    void anIdThatCannotNameAnythingIsNotFound() {
        for (String path : new String[] {"/train/a.b", "/train/" + "x".repeat(65), "/games/%20/review"}) {
            given().header("Accept-Language", "en")
                    .get(path)
                    .then()
                    .statusCode(404)
                    .contentType(containsString("text/html"))
                    .body(containsString("data-test=\"not-found\""));
        }
    }

    @Test
    void thePlayersFinalScreenCanLinkToTheGamesReview() {
        given().header("Accept-Language", "zh-CN")
                .get("/play?pin=123456&nickname=Ada")
                .then()
                .statusCode(200)
                .body(containsString("data-test=\"final-review\""))
                .body(containsString("查看我的作答"));
    }

    @Test
    void everyEnglishTextHasAChineseOne() throws Exception {
        Properties zh = new Properties();
        try (var in = TrainingPagesTest.class.getResourceAsStream("/messages/trainp_zh.properties")) {
            zh.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> keys = Arrays.stream(TrainMessages.class.getDeclaredMethods())
                .map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(new TreeSet<>(zh.stringPropertyNames())).isEqualTo(keys);
        for (String key : keys) {
            assertThat(zh.getProperty(key))
                    .as(key)
                    .matches(v -> v.codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF));
        }
    }
}
