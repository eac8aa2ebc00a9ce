package io.quizarena.web;

import com.microsoft.playwright.assertions.PlaywrightAssertions;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
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
            chromium.close();
        }
    }

    String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }
}
