package io.quizarena.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The question editor and the import page: hosts only, both languages, and the links that lead to them. */
@QuarkusTest
class AuthoringPagesTest {

    @Test
    void anonymousReadersAreSentToSignInAndPlayersAreRefused() {
        for (String path : new String[] {"/questions/new", "/questions/h-none/edit", "/import"}) {
            Response r = given().redirects().follow(false).get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(303);
            assertThat(r.header("Location"))
                    .as(path)
                    .endsWith("/signin?next=" + URLEncoder.encode(path, StandardCharsets.UTF_8));
            given().auth()
                    .preemptive()
                    .basic("player", "player")
                    .get(path)
                    .then()
                    .statusCode(403);
        }
    }

    @Test
    void theQuestionEditorOffersEveryTypeBothLanguagesAndTheTwoPreviews() {
        given().auth()
                .preemptive()
                .basic("host", "host")
                .header("Accept-Language", "en")
                .get("/questions/new")
                .then()
                .statusCode(200)
                .body(containsString("data-test=\"question-form\""))
                .body(containsString("<option value=\"single\">Single choice</option>"))
                .body(allOf(
                        containsString("value=\"multi\""),
                        containsString("value=\"true_false\""),
                        containsString("value=\"numeric\""),
                        containsString("value=\"ordering\""),
                        containsString("value=\"typed\"")))
                .body(containsString("name=\"timeLimitSeconds\" type=\"number\" min=\"5\" max=\"240\""))
                .body(containsString("name=\"textZh\" lang=\"zh\""))
                .body(containsString("name=\"textEn\" lang=\"en\""))
                .body(containsString("data-test=\"phone-preview\""))
                .body(containsString("data-test=\"big-preview\""))
                .body(containsString("/js/question-editor.js"))
                .body(containsString("/webjars/katex/dist/katex.min.js"))
                // no quiz to go back to
                .body(not(containsString("data-test=\"back-to-quiz\"")));
        given().auth()
                .preemptive()
                .basic("host", "host")
                .header("Accept-Language", "zh-CN")
                .get("/questions/new")
                .then()
                .statusCode(200)
                .body(containsString("写一道题"))
                .body(containsString("实时预览"))
                .body(not(containsString("Live preview")));
    }

    @Test
    void fromTheQuizEditorTheQuestionGoesBackToTheQuizButOnlyToOneOfTheHosts() {
        given().auth()
                .preemptive()
                .basic("host", "host")
                .get("/questions/new?quiz=new")
                .then()
                .statusCode(200)
                .body(containsString("data-return=\"/quizzes/new\""))
                .body(containsString("data-test=\"back-to-quiz\""));
        // an official quiz cannot take the host's question; an unknown one is not offered either
        for (String quiz : new String[] {"topic-moe", "q-nobody-has-this"}) {
            given().auth()
                    .preemptive()
                    .basic("host", "host")
                    .get("/questions/new?quiz=" + quiz)
                    .then()
                    .statusCode(200)
                    .body(containsString("data-return=\"\""));
        }
    }

    @Test
    void editingAnotherHostsOrAnUnknownQuestionIsNotFound() {
        given().auth()
                .preemptive()
                .basic("host", "host")
                .get("/questions/h-does-not-exist/edit")
                .then()
                .statusCode(404);
    }

    @Test
    void theImportPageTakesJsonCsvAndKahootSpreadsheetsAndOffersTemplates() {
        given().auth()
                .preemptive()
                .basic("host", "host")
                .header("Accept-Language", "en")
                .get("/import")
                .then()
                .statusCode(200)
                .body(containsString("data-test=\"import-form\""))
                .body(containsString("accept=\".json,.csv,.xlsx"))
                .body(containsString("href=\"/api/bank/export?format=csv&amp;scope=mine\""))
                .body(containsString("href=\"/api/bank/export?format=json&amp;scope=mine\""))
                .body(containsString("/js/bank-import.js"));
        given().auth()
                .preemptive()
                .basic("host", "host")
                .header("Accept-Language", "zh")
                .get("/import")
                .then()
                .statusCode(200)
                .body(containsString("导入题目"));
    }

    @Test
    void theQuizPagesLeadToWritingAndImportingAndNeedOneLanguageOnly() {
        given().auth()
                .preemptive()
                .basic("host", "host")
                .get("/quizzes")
                .then()
                .statusCode(200)
                .body(containsString("href=\"/import\""))
                .body(containsString("href=\"/questions/new\""));
        given().get("/quizzes").then().statusCode(200).body(not(containsString("href=\"/import\"")));
        String editor = given().auth()
                .preemptive()
                .basic("host", "host")
                .get("/quizzes/new")
                .then()
                .statusCode(200)
                .body(containsString("href=\"/questions/new?quiz=new\""))
                .extract()
                .asString();
        assertThat(editor).doesNotContain(" required");
    }

    @Test
    void everyEnglishAuthoringTextHasAChineseOne() throws Exception {
        Properties zh = new Properties();
        try (var in = getClass().getResourceAsStream("/messages/author_zh.properties")) {
            zh.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> keys = Arrays.stream(AuthorMessages.class.getDeclaredMethods())
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
