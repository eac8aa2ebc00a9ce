package io.quizarena.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.BoundingBox;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * In Chromium: a trainer sets an assignment on /assignments and shares it. /api/assignments belongs to the training
 * back end, so the browser's requests to it are answered here with bodies shaped as docs/training-api.md says, and the
 * form's post is read as the server would get it. The list shows deadlines in the reader's time zone; a 400's
 * violations appear next to their fields; both pages fit a 360x740 phone and a 1920x1080 projector, where the QR
 * code is big; axe finds nothing. Screenshots: /tmp/h-trainer-*.png.
 */
@QuarkusTest
@TestProfile(BrowserTestProfile.class)
@Tag("real-services")
class AssignmentsInBrowserTest extends BrowserTestSupport {

    static final int[][] SIZES = {{360, 740}, {1920, 1080}};
    static final Path SHOTS = Paths.get("/tmp");
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final ObjectMapper JSON = new ObjectMapper();

    static final String OPEN = """
            {"id":"as-7","quizId":"topic-rag","title":{"zh":"检索增强生成：一周复习","en":"Retrieval-augmented generation: the week's review"},
             "owner":"host","createdAt":"2026-03-01T02:00:00Z","deadline":"2026-03-09T04:30:00Z","closed":false,
             "attemptsAllowed":3,"showExplanations":false,"shuffle":true,"timeLimitSeconds":30,"scoring":"SPEED",
             "questionCount":44,"link":"http://quiz.example.test/train/as-7"}""";
    static final String CLOSED = """
            {"id":"as-1","quizId":"topic-moe","title":{"zh":"混合专家","en":"Mixture of Experts"},
             "owner":"host","createdAt":"2026-01-01T02:00:00Z","deadline":"2026-01-08T02:00:00Z","closed":true,
             "attemptsAllowed":1,"showExplanations":true,"shuffle":false,"timeLimitSeconds":null,"scoring":"ACCURACY",
             "questionCount":30,"link":"http://quiz.example.test/train/as-1"}""";
    static final String REFUSED = """
            {"type":"urn:quiz-arena:problem:invalid-input","title":"Invalid input","status":400,"code":"invalid_input",
             "detail":"the assignment breaks a rule",
             "violations":[{"field":"attemptsAllowed","message":"Allow 1 to 10 attempts (server says)."}],
             "errors":[{"field":"/timeLimitSeconds","message":"Use 5 to 600 seconds (server says)."}]}""";

    final SoftAssertions layout = new SoftAssertions();
    final List<String> posts = new CopyOnWriteArrayList<>();

    @Test
    void aTrainerSetsAnAssignmentSeesTheServersVerdictByTheFieldsAndSharesIt() throws Exception {
        BrowserContext context = context("en-US");
        Page page = signIn(context, "/assignments?quiz=topic-rag");

        // the list, deadlines in the reader's zone (04:30 UTC is 12:30 in Shanghai)
        Locator items = page.locator("[data-test=assign-item]");
        assertThat(items).hasCount(2);
        Locator open = items.nth(0);
        assertThat(open.locator("[data-test=item-title]")).hasText("Retrieval-augmented generation: the week's review");
        assertThat(open.locator("[data-test=item-state]")).hasText("Open");
        assertThat(open.locator("[data-test=item-deadline]")).containsText("Mar 9, 2026");
        assertThat(open.locator("[data-test=item-deadline]")).containsText("12:30");
        assertThat(open.locator("[data-test=item-attempts]")).hasText("Attempts allowed: 3");
        assertThat(open.locator("[data-test=item-questions]")).hasText("44 questions");
        assertThat(open.locator("[data-test=item-share]")).hasAttribute("href", "/assignments/as-7");
        assertThat(open.locator("[data-test=item-report]")).hasAttribute("href", "/reports/assignments/as-7");
        assertThat(items.nth(1).locator("[data-test=item-state]")).hasText("Closed");

        // the form: the quiz from ?quiz=, a deadline a week ahead in local time, explanations on, accuracy
        assertThat(page.locator("[data-test=assign-quiz]")).hasValue("topic-rag");
        LocalDateTime deadline = LocalDateTime.parse(page.inputValue("[data-test=assign-deadline]"));
        LocalDateTime weekAhead = LocalDateTime.now(ZONE).plusDays(7);
        assertThat(Duration.between(deadline, weekAhead).abs()).isLessThan(Duration.ofMinutes(2));
        assertThat(page.locator("[data-test=assign-explanations]")).isChecked();
        assertThat(page.locator("[data-test=assign-shuffle]")).not().isChecked();
        assertThat(page.locator("[data-test=assign-speed]")).not().isChecked();
        fits(page, "list");

        // in the future (the field refuses a past deadline): 09:15 on 1 May next year
        int year = LocalDateTime.now(ZONE).getYear() + 1;
        page.fill("[data-test=assign-deadline]", year + "-05-01T09:15");
        page.fill("[data-test=assign-attempts]", "3");
        page.fill("[data-test=assign-time-limit]", "30");
        page.uncheck("[data-test=assign-explanations]");
        page.check("[data-test=assign-shuffle]");
        page.check("[data-test=assign-speed]");
        page.click("[data-test=assign-submit]");

        // refused: each violation under its field (both shapes of problem details), the summary on top
        Locator attemptsError = page.locator("[data-test=field-error][data-field=attemptsAllowed]");
        assertThat(attemptsError).hasText("Allow 1 to 10 attempts (server says).");
        assertThat(page.locator("[data-test=field-error][data-field=timeLimitSeconds]"))
                .hasText("Use 5 to 600 seconds (server says).");
        assertThat(page.locator("[data-test=assign-attempts]")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("[data-test=assign-error]")).hasText("Please fix the fields marked below.");
        BoundingBox field = page.locator("[data-test=assign-attempts]").boundingBox();
        BoundingBox note = attemptsError.boundingBox();
        assertThat(note.y)
                .as("the note is right under its field")
                .isBetween(field.y + field.height - 1, field.y + field.height + 40);
        assertThat(posts).hasSize(1);
        Map<String, Object> sent = JSON.readValue(posts.get(0), new TypeReference<>() {});
        assertThat(sent.keySet())
                .containsExactlyInAnyOrder(
                        "quizId",
                        "deadline",
                        "attemptsAllowed",
                        "showExplanations",
                        "shuffle",
                        "timeLimitSeconds",
                        "scoring");
        assertThat(sent)
                .containsEntry("quizId", "topic-rag")
                .containsEntry("attemptsAllowed", 3)
                .containsEntry("showExplanations", false)
                .containsEntry("shuffle", true)
                .containsEntry("timeLimitSeconds", 30)
                .containsEntry("scoring", "SPEED");
        // 09:15 in Shanghai, as an instant
        assertThat(Instant.parse((String) sent.get("deadline"))).isEqualTo(Instant.parse(year + "-05-01T01:15:00Z"));
        fits(page, "refused");

        // a corrected field loses its note; the second post is taken and opens the share page
        page.fill("[data-test=assign-attempts]", "2");
        assertThat(attemptsError).hasCount(0);
        page.fill("[data-test=assign-time-limit]", "");
        page.uncheck("[data-test=assign-speed]");
        page.click("[data-test=assign-submit]");
        assertThat(page).hasURL(Pattern.compile(".*/assignments/as-7$"));
        Map<String, Object> second = JSON.readValue(posts.get(1), new TypeReference<>() {});
        assertThat(second).containsEntry("timeLimitSeconds", null).containsEntry("scoring", "ACCURACY");

        // the share page
        assertThat(page.locator("[data-test=share-title]"))
                .hasText("Retrieval-augmented generation: the week's review");
        assertThat(page.locator("[data-test=share-link]")).hasText("http://quiz.example.test/train/as-7");
        assertThat(page.locator("[data-test=share-link]")).hasAttribute("href", "http://quiz.example.test/train/as-7");
        assertThat(page.locator("[data-test=fact-status]")).hasText("Open");
        assertThat(page.locator("[data-test=fact-deadline]")).containsText("12:30");
        assertThat(page.locator("[data-test=fact-attempts]")).hasText("3");
        assertThat(page.locator("[data-test=fact-explanations]")).hasText("Hidden");
        assertThat(page.locator("[data-test=fact-order]")).hasText("Shuffled for each learner");
        assertThat(page.locator("[data-test=fact-time-limit]")).hasText("30 s per question");
        assertThat(page.locator("[data-test=fact-scoring]")).hasText("Accuracy and speed");
        assertThat(page.locator("[data-test=share-report]")).hasAttribute("href", "/reports/assignments/as-7");
        page.waitForFunction("() => document.getElementById('share-qr').naturalWidth > 0");
        page.click("[data-test=share-copy]");
        assertThat(page.locator("[data-test=share-copied]")).hasText("Link copied.");
        assertThat(page.evaluate("() => navigator.clipboard.readText()"))
                .isEqualTo("http://quiz.example.test/train/as-7");
        fits(page, "share");
        BoundingBox qr = page.locator("[data-test=share-qr]").boundingBox();
        layout.assertThat(qr.width).as("the QR code on the projector").isGreaterThanOrEqualTo(320);
        layout.assertThat(qr.y + qr.height)
                .as("the whole code on the projector without scrolling")
                .isLessThanOrEqualTo(1080);
        context.close();
        layout.assertAll();
    }

    @Test
    void inChineseTheListAndAnUnknownAssignmentSaySoInChinese() {
        BrowserContext context = context("zh-CN");
        Page page = signIn(context, "/assignments");
        Locator open = page.locator("[data-test=assign-item]").nth(0);
        assertThat(open.locator("[data-test=item-title]")).hasText("检索增强生成：一周复习");
        assertThat(open.locator("[data-test=item-state]")).hasText("进行中");
        assertThat(open.locator("[data-test=item-attempts]")).hasText("可作答 3 次");
        assertThat(open.locator("[data-test=item-share]")).hasText("分享");
        shot(page, "list-zh-1920");
        page.navigate(url("/assignments/as-none"));
        assertThat(page.locator("[data-test=share-title]")).hasText("没有这份作业。");
        assertThat(page.locator("[data-test=share]")).isHidden();
        context.close();
    }

    /** A browser in Shanghai's time zone whose calls to /api/assignments are answered as the contract says. */
    private BrowserContext context(String locale) {
        BrowserContext context = chromium.browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(1920, 1080)
                .setLocale(locale)
                .setTimezoneId(ZONE.getId()));
        context.grantPermissions(List.of("clipboard-read", "clipboard-write"));
        context.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                chromium.refusedByPolicy.add(message.text());
            }
        });
        context.route(Pattern.compile(".*/api/assignments$"), route -> {
            if ("POST".equals(route.request().method())) {
                posts.add(route.request().postData());
                if (posts.size() == 1) {
                    answer(route, 400, "application/problem+json", REFUSED);
                } else {
                    answer(route, 201, "application/json", OPEN);
                }
            } else {
                answer(route, 200, "application/json", "[" + OPEN + "," + CLOSED + "]");
            }
        });
        context.route(
                Pattern.compile(".*/api/assignments/as-7$"), route -> answer(route, 200, "application/json", OPEN));
        context.route(
                Pattern.compile(".*/api/assignments/as-none$"),
                route -> answer(
                        route,
                        404,
                        "application/problem+json",
                        "{\"status\":404,\"title\":\"Not found\",\"code\":\"unknown_assignment\",\"detail\":\"no as-none\"}"));
        return context;
    }

    private static void answer(Route route, int status, String type, String body) {
        route.fulfill(new Route.FulfillOptions()
                .setStatus(status)
                .setContentType(type)
                .setBody(body));
    }

    private Page signIn(BrowserContext context, String next) {
        Page page = context.newPage();
        page.navigate(url("/signin?next=" + next));
        page.fill("#j_username", "host");
        page.fill("#j_password", "host");
        page.click("[data-test=signin-submit]");
        // Playwright hands the pattern to JavaScript, which knows no \Q...\E quoting
        assertThat(page).hasURL(Pattern.compile(".*" + next.replace("?", "\\?") + "$"));
        return page;
    }

    /** At each size: nothing sideways, every control of the page inside the viewport, axe, a screenshot. */
    private void fits(Page page, String name) {
        for (int[] size : SIZES) {
            ScreensFitInBrowserTest.resize(page, size);
            String at = name + " at " + ScreensFitInBrowserTest.label(size);
            @SuppressWarnings("unchecked")
            List<String> found = (List<String>) page.evaluate(ScreensFitInBrowserTest.OVERFLOW, size[0]);
            layout.assertThat(found).as("%s: sideways overflow", at).isEmpty();
            for (Locator control : page.locator(
                            "main input:visible, main select:visible, main button:visible, main .button:visible")
                    .all()) {
                BoundingBox box = control.boundingBox();
                layout.assertThat(box.x)
                        .as("%s: left of %s", at, control.getAttribute("data-test"))
                        .isGreaterThanOrEqualTo(0);
                layout.assertThat(box.x + box.width)
                        .as("%s: right of %s", at, control.getAttribute("data-test"))
                        .isLessThanOrEqualTo(size[0]);
            }
            Axe.assertNoViolations(page, at);
            shot(page, name + "-" + size[0]);
        }
    }

    private static void shot(Page page, String name) {
        page.screenshot(
                new Page.ScreenshotOptions().setFullPage(true).setPath(SHOTS.resolve("h-trainer-" + name + ".png")));
    }
}
