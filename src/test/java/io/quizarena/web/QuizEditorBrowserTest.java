package io.quizarena.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** In Chromium: a wrong password stays on the sign-in page; a host builds a quiz from bank questions and reorders it. */
@QuarkusTest
@TestProfile(BrowserTestProfile.class)
@Tag("real-services")
class QuizEditorBrowserTest extends BrowserTestSupport {

    @Test
    void aHostBuildsAQuizFromBankQuestionsInTheirOrder() {
        BrowserContext context = chromium.bigScreen();
        Page page = context.newPage();
        page.navigate(url("/quizzes/new"));
        assertThat(page).hasURL(Pattern.compile(".*/signin\\?next=.*"));
        page.fill("#j_username", "host");
        page.fill("#j_password", "wrong");
        page.click("[data-test=signin-submit]");
        assertThat(page.locator("[data-test=signin-error]")).isVisible();
        assertThat(page).hasURL(Pattern.compile(".*/signin\\?next=.*"));
        page.fill("#j_password", "host");
        page.click("[data-test=signin-submit]");
        assertThat(page).hasURL(Pattern.compile(".*/quizzes/new"));

        page.fill("input[name=titleZh]", "我的 MoE 小测");
        page.fill("input[name=titleEn]", "My MoE check");
        page.fill("textarea[name=descriptionZh]", "两道题");
        page.fill("textarea[name=descriptionEn]", "Two questions");
        page.selectOption("[data-test=topic]", "moe");
        assertThat(page.locator("[data-test=bank] [data-add=moe-001]")).isVisible();
        // only the chosen topic, even when the first, unfiltered list arrives late
        assertThat(page.locator("[data-test=bank] [data-add^=agents]")).hasCount(0);
        page.click("[data-test=bank] [data-add=moe-001]");
        page.click("[data-test=bank] [data-add=moe-002]");
        assertThat(page.locator("[data-test=chosen] li")).hasCount(2);
        // math in the bank's texts is typeset
        assertThat(page.locator("[data-test=chosen] li[data-id=moe-001] .katex").first())
                .isVisible();
        // moe-002 first
        page.locator("[data-test=chosen] li[data-id=moe-002] button").first().click();
        Chromium.shot(page, "editor");
        page.click("[data-test=save-quiz]");
        assertThat(page).hasURL(Pattern.compile(".*/quizzes/q-[^/]+$"));
        String id = page.url().replaceAll(".*/quizzes/", "");
        List<String> order = given().auth()
                .preemptive()
                .basic("host", "host")
                .get("/api/quizzes/" + id + "?lang=en")
                .then()
                .statusCode(200)
                .extract()
                .path("questionIds");
        assertThat(order).containsExactly("moe-002", "moe-001");
        assertThat(page.locator("[data-test=question-list] > li")).hasCount(2);

        // the language switch sticks across pages
        page.click("[data-test=lang-switch]");
        assertThat(page.locator("h1")).hasText("我的 MoE 小测");
        page.navigate(url("/"));
        assertThat(page.locator("html")).hasAttribute("lang", "zh-CN");
        context.close();
    }
}
