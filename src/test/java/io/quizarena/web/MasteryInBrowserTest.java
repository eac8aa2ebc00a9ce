package io.quizarena.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.Cookie;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.nio.file.Paths;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * In Chromium: the mastery page draws a scripted {@code GET /api/mastery} (the contract of docs/training-api.md,
 * intercepted in the browser) weakest first, sends the guest id the browser keeps, shows the empty state and a
 * refusal, and fits a 360x740 phone and a 1920x1080 projector in both languages: nothing sideways, every topic card
 * inside the viewport, several columns on the projector; axe finds nothing. Screenshots: target/screens/.
 */
@QuarkusTest
@TestProfile(BrowserTestProfile.class)
@Tag("real-services")
class MasteryInBrowserTest extends BrowserTestSupport {

    static final String GUEST = "g_ezPbhDwX3iXdC6fKQwbPkw.c2lnbmF0dXJl";

    /**
     * The practised topics weakest first, though sent in another order: 20%; 50% with 3 due, then 50% with 1 due by
     * id (alignment, rag); 60%, 75%; 100% by id.
     */
    static final List<String> WEAKEST_FIRST =
            List.of("code-models", "moe", "alignment", "rag", "multimodal", "fine-tuning", "evaluation", "inference");

    final SoftAssertions layout = new SoftAssertions();

    @Test
    void topicsWeakestFirstWithTrendDueReviewsAndPractiseLinksOnPhoneAndProjector() {
        AtomicReference<String> guestHeader = new AtomicReference<>();
        Instant now = Instant.now();
        String body = history(now);
        record Screen(String lang, int width, int height) {}
        for (Screen screen : List.of(
                new Screen("zh", 360, 740),
                new Screen("en", 360, 740),
                new Screen("en", 1920, 1080),
                new Screen("zh", 1920, 1080))) {
            BrowserContext context = screen.width() < 800 ? chromium.phone("en-US") : chromium.bigScreen();
            context.addCookies(List.of(new Cookie(PageLanguage.COOKIE, screen.lang()).setUrl(url("/"))));
            context.addInitScript("localStorage.setItem('quiz-arena.guest', '" + GUEST + "')");
            Page page = context.newPage();
            page.setViewportSize(screen.width(), screen.height());
            page.route("**/api/mastery", route -> {
                guestHeader.set(route.request().headerValue("x-guest-id"));
                fulfil(route, 200, body);
            });
            page.navigate(url("/mastery"));
            assertThat(page.locator("[data-test=mastery][data-loaded=true]")).hasCount(1);
            String label = screen.lang() + "-" + screen.width() + "x" + screen.height();

            Locator cards = page.locator("[data-test=mastery-topic]");
            assertThat(cards).hasCount(WEAKEST_FIRST.size());
            List<String> order = new ArrayList<>();
            for (int i = 0; i < cards.count(); i++) {
                order.add(cards.nth(i).getAttribute("data-topic"));
            }
            assertThat(order).as("weakest first").isEqualTo(WEAKEST_FIRST);
            Locator weakest = cards.first();
            assertThat(weakest.locator("[data-test=share]"))
                    .hasText(screen.lang().equals("zh") ? "正确率 20%" : "20% correct");
            assertThat(weakest.locator("[data-test=trend] rect")).hasCount(6);
            assertThat(weakest.locator("[data-test=practise-topic]"))
                    .hasAttribute("href", "/practice?topic=code-models");
            assertThat(weakest.locator("[data-test=last-practised]"))
                    .hasAttribute("datetime", at(now, 2).replace("\"", ""));
            assertThat(weakest.locator("[data-test=last-practised]"))
                    .hasText(screen.lang().equals("zh") ? "上次练习：前天" : "Last practised 2 days ago");
            assertThat(page.locator("[data-topic=moe] [data-test=reviews-due]"))
                    .containsText(screen.lang().equals("zh") ? "3 道待复习" : "3 reviews due");
            assertThat(page.locator("[data-topic=moe] [data-test=review-link]")).hasAttribute("href", "/review");
            assertThat(page.locator("[data-topic=multimodal] [data-test=review-link]"))
                    .hasCount(0);
            assertThat(page.locator("[data-test=mastery-due-total]")).isVisible();
            assertThat(page.locator("[data-test=mastery-due-total]"))
                    .containsText("8"); // 1 + 3 + 2 + 1, and 1 in a topic never practised
            assertThat(page.locator("[data-test=mastery-empty]")).isHidden();
            assertThat(page.locator("[data-test=practise-unpractised]")).hasCount(4);
            assertThat(page.locator("[data-test=mastery-status]")).isEmpty();
            assertThat(guestHeader.get()).as("the guest id goes to the API").isEqualTo(GUEST);

            fits(page, screen.width(), label);
            page.screenshot(new Page.ScreenshotOptions()
                    .setPath(Paths.get("target", "screens", "mastery-" + label + ".png"))
                    .setFullPage(true));
            if (screen.width() < 800) {
                // the first screen a phone shows, and the last
                page.screenshot(new Page.ScreenshotOptions()
                        .setPath(Paths.get("target", "screens", "mastery-" + label + "-top.png")));
                page.locator("[data-test=mastery-unpractised]").scrollIntoViewIfNeeded();
                page.screenshot(new Page.ScreenshotOptions()
                        .setPath(Paths.get("target", "screens", "mastery-" + label + "-end.png")));
            }
            context.close();
        }
        layout.assertAll();
    }

    @Test
    void nothingPractisedShowsTheEmptyStateAndARefusalSaysWhy() {
        BrowserContext context = chromium.phone("en-US");
        Page page = context.newPage();
        page.setViewportSize(360, 740);
        AtomicReference<String> guestHeader = new AtomicReference<>("unset");
        page.route("**/api/mastery", route -> {
            guestHeader.set(route.request().headerValue("x-guest-id"));
            fulfil(route, 200, emptyHistory());
        });
        page.navigate(url("/mastery"));
        assertThat(page.locator("[data-test=mastery][data-loaded=true]")).hasCount(1);
        assertThat(page.locator("[data-test=mastery-empty]")).isVisible();
        assertThat(page.locator("[data-test=practise-mixed]")).hasAttribute("href", "/practice");
        assertThat(page.locator("[data-test=mastery-topic]")).hasCount(0);
        assertThat(page.locator("[data-test=practise-unpractised]")).hasCount(12);
        assertThat(page.locator("[data-test=mastery-due-total]")).isHidden();
        assertThat(guestHeader.get()).as("no guest id kept, none sent").isNull();
        fits(page, 360, "empty-360x740");
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Paths.get("target", "screens", "mastery-empty-360x740.png"))
                .setFullPage(true));

        page.unroute("**/api/mastery");
        page.route("**/api/mastery", route -> fulfil(route, 503, """
                {"status":503,"title":"Service Unavailable","detail":"The database is not reachable.","code":"unavailable"}"""));
        page.reload();
        assertThat(page.locator("[data-test=mastery][data-loaded=failed]")).hasCount(1);
        assertThat(page.locator("[data-test=mastery-status]"))
                .hasText("Your mastery could not be loaded: The database is not reachable.");
        context.close();
        layout.assertAll();
    }

    /** No box sideways past the viewport, every topic card inside it, several cards a row on a projector; axe. */
    private void fits(Page page, int width, String label) {
        page.waitForFunction(ScreensFitInBrowserTest.SETTLED);
        List<?> overflow = (List<?>) page.evaluate(ScreensFitInBrowserTest.OVERFLOW, width);
        layout.assertThat(overflow).as("sideways at " + label).isEmpty();
        Locator cards = page.locator("[data-test=mastery-topic]");
        double firstRowTop = -1;
        int firstRow = 0;
        for (int i = 0; i < cards.count(); i++) {
            BoundingBox box = cards.nth(i).boundingBox();
            layout.assertThat(box.x).as("card %d's left at %s", i, label).isGreaterThanOrEqualTo(0);
            layout.assertThat(box.x + box.width)
                    .as("card %d's right at %s", i, label)
                    .isLessThanOrEqualTo(width);
            if (i == 0) {
                firstRowTop = box.y;
            }
            if (Math.abs(box.y - firstRowTop) < 1) {
                firstRow++;
            }
            BoundingBox practise =
                    cards.nth(i).locator("[data-test=practise-topic]").boundingBox();
            layout.assertThat(practise.height).as("a tap target at %s", label).isGreaterThanOrEqualTo(47.5);
        }
        if (cards.count() > 0) {
            layout.assertThat(firstRow)
                    .as("cards on the first row at %s", label)
                    .isEqualTo(width < 800 ? 1 : Math.min(cards.count(), 4));
        }
        layout.assertThat(Axe.violations(page)).as("axe at " + label).isEmpty();
    }

    private static void fulfil(Route route, int status, String body) {
        route.fulfill(new Route.FulfillOptions()
                .setStatus(status)
                .setContentType(status == 200 ? "application/json" : "application/problem+json")
                .setBody(body));
    }

    /** Twelve topics as the contract has them, sent in no particular order. */
    static String history(Instant now) {
        String recent = at(now, 2);
        List<String> topics = List.of(
                topic("inference", "推理与部署", "Inference and serving", 5, 5, 0, at(now, 5), trend(1, 1, -1, -1, 1, 1)),
                topic(
                        "rag",
                        "检索增强生成 RAG",
                        "Retrieval-augmented generation",
                        4,
                        2,
                        1,
                        at(now, 3),
                        trend(0, 1, 1, 0, 0, 1)),
                topic("moe", "混合专家 MoE", "Mixture of experts", 6, 3, 3, at(now, 1), trend(0.2, 0.4, -1, 0.5, 0.6, 0.8)),
                topic("code-models", "代码模型", "Code models", 5, 1, 2, recent, trend(-1, -1, -1, 0, 0.25, 0)),
                topic("alignment", "对齐与强化学习", "Alignment and RL", 2, 1, 1, at(now, 40), trend(-1, -1, -1, -1, -1, -1)),
                topic(
                        "multimodal",
                        "多模态",
                        "Multimodal models",
                        10,
                        6,
                        0,
                        at(now, 0.02),
                        trend(0.5, 0.5, 0.7, 0.6, 0.6, 0.6)),
                topic(
                        "fine-tuning",
                        "微调与 PEFT",
                        "Fine-tuning and PEFT",
                        8,
                        6,
                        0,
                        at(now, 14),
                        trend(-1, 0.5, 1, 0.75, -1, -1)),
                topic("evaluation", "评测", "Evaluation", 3, 3, 0, at(now, 400), trend(-1, -1, -1, -1, -1, -1)),
                topic("diffusion", "扩散模型", "Diffusion models", 0, 0, 1, "null", trend(-1, -1, -1, -1, -1, -1)),
                topic("architecture", "模型架构", "Architecture", 0, 0, 0, "null", trend(-1, -1, -1, -1, -1, -1)),
                topic(
                        "agents",
                        "推理、提示与智能体",
                        "Reasoning, prompting and agents",
                        0,
                        0,
                        0,
                        "null",
                        trend(-1, -1, -1, -1, -1, -1)),
                topic(
                        "training",
                        "预训练与训练",
                        "Pretraining and training",
                        0,
                        0,
                        0,
                        "null",
                        trend(-1, -1, -1, -1, -1, -1)));
        return "{\"topics\":[" + String.join(",", topics) + "]}";
    }

    static String emptyHistory() {
        List<String> topics = new ArrayList<>();
        for (io.quizarena.bank.Topic topic : io.quizarena.bank.Topic.values()) {
            topics.add(topic(
                    topic.id(),
                    topic.displayName().zh(),
                    topic.displayName().en(),
                    0,
                    0,
                    0,
                    "null",
                    trend(-1, -1, -1, -1, -1, -1)));
        }
        return "{\"topics\":[" + String.join(",", topics) + "]}";
    }

    private static String topic(
            String id, String zh, String en, int answered, int correct, int due, String last, String trend) {
        String share = answered == 0 ? "null" : String.valueOf((double) correct / answered);
        return String.format(
                "{\"topic\":\"%s\",\"name\":{\"zh\":\"%s\",\"en\":\"%s\"},\"answered\":%d,\"correct\":%d,"
                        + "\"shareCorrect\":%s,\"trend\":%s,\"lastPractisedAt\":%s,\"reviewsDue\":%d}",
                id, zh, en, answered, correct, share, trend, last, due);
    }

    /** Six weeks, oldest first; a negative share is a week without answers. */
    private static String trend(double... shares) {
        LocalDate monday = LocalDate.now(ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<String> weeks = new ArrayList<>();
        for (int i = 0; i < shares.length; i++) {
            LocalDate start = monday.minusWeeks(shares.length - 1L - i);
            boolean none = shares[i] < 0;
            int answered = none ? 0 : 4;
            weeks.add(String.format(
                    "{\"weekStart\":\"%s\",\"answered\":%d,\"correct\":%d,\"share\":%s}",
                    start, answered, none ? 0 : Math.round(shares[i] * answered), none ? "null" : shares[i]));
        }
        return "[" + String.join(",", weeks) + "]";
    }

    private static String at(Instant now, double daysAgo) {
        return "\"" + now.minus(Duration.ofMinutes(Math.round(daysAgo * 24 * 60))) + "\"";
    }
}
