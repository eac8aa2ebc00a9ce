package io.quizarena.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.assertions.PlaywrightAssertions;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import java.util.List;
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

    String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }
}
