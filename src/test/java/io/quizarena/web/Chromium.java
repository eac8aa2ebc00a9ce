package io.quizarena.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium (deploy/local/chromium.sh) driven by Playwright's bundled driver: no browser download, works
 * offline. Screenshots go to target/e2e-screenshots/.
 */
final class Chromium implements AutoCloseable {

    static final Path EXECUTABLE = Paths.get("/usr/bin/chromium");
    static final Path SCREENSHOTS = Paths.get("target", "e2e-screenshots");
    static final List<String> FLAGS = List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run");

    final Playwright playwright;
    final Browser browser;
    /** What the pages' Content-Security-Policy refused (Chromium reports it on the console); tests expect none. */
    final List<String> refusedByPolicy = new java.util.concurrent.CopyOnWriteArrayList<>();

    Chromium() {
        if (!Files.isExecutable(EXECUTABLE)) {
            throw new IllegalStateException("no " + EXECUTABLE + ": run deploy/local/chromium.sh first");
        }
        playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(EXECUTABLE)
                        .setHeadless(true)
                        .setArgs(FLAGS));
    }

    /** A phone: 390 x 844 CSS pixels, touch, in the given language. */
    BrowserContext phone(String locale) {
        return watched(browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(390, 844)
                .setIsMobile(true)
                .setHasTouch(true)
                .setLocale(locale)));
    }

    /** The projector: 1920 x 1080. */
    BrowserContext bigScreen() {
        return watched(browser.newContext(
                new Browser.NewContextOptions().setViewportSize(1920, 1080).setLocale("en-US")));
    }

    private BrowserContext watched(BrowserContext context) {
        context.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                refusedByPolicy.add(message.text());
            }
        });
        return context;
    }

    static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
