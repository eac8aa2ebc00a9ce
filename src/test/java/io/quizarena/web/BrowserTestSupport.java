package io.quizarena.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** What browser tests share: one Chromium per test class, the assertion timeout, and URLs of the test server. */
abstract class BrowserTestSupport {

    static final double WAIT = 15_000;

    static Chromium chromium;

    @TestHTTPResource("/")
    URL base;

    @BeforeAll
    static void launch() {
        PlaywrightAssertions.setDefaultAssertionTimeout(WAIT);
        chromium = new Chromium();
    }

    @AfterAll
    static void quit() {
        if (chromium != null) {
            List<String> refused = List.copyOf(chromium.refusedByPolicy);
            chromium.close();
            // a script, style, font or socket the pages' Content-Security-Policy blocked (docs/adr/0012)
            assertThat(refused).as("refused by the Content-Security-Policy").isEmpty();
        }
    }

    /** Signs in as the host through the sign-in page, opens a room for the quiz from the host page. */
    Page openRoom(BrowserContext screen, String quizId) {
        Page host = screen.newPage();
        host.navigate(url("/host?quiz=" + quizId));
        assertThat(host).hasURL(Pattern.compile(".*/signin\\?next=.*"));
        host.fill("#j_username", "host");
        host.fill("#j_password", "host");
        host.click("[data-test=signin-submit]");
        assertThat(host).hasURL(Pattern.compile(".*/host\\?quiz=" + quizId));
        assertThat(host.locator("[data-test=quiz-select]")).hasValue(quizId);
        host.selectOption("select[name=scoring]", "ACCURACY");
        host.uncheck("input[name=streakBonus]");
        host.fill("input[name=timeLimitSeconds]", "90");
        host.click("[data-test=open-room-submit]");
        assertThat(host).hasURL(Pattern.compile(".*/host/room/\\d{6}"));
        assertThat(host.locator("[data-test=join-url]")).not().isEmpty();
        return host;
    }

    String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }
}
