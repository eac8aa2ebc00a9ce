package io.quizarena.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The self-paced pages in Chromium against a scripted stand-in for the training API ({@link TrainingApiFake}): a guest
 * plays an assignment of every question type to the end on a 360x740 phone, with answers in the thumb's reach, a
 * countdown that runs out, a lost request and a lost reply; then the review of their answers, the mistakes queue with
 * nothing due, and a live game's review with the misses first. Screenshots: /tmp/h-player-*.png.
 */
@QuarkusTest
@TestProfile(BrowserTestProfile.class)
@Tag("real-services")
class TrainingPagesInBrowserTest extends BrowserTestSupport {

    static final int[] PHONE = {360, 740};
    static final int[] PROJECTOR = {1920, 1080};

    @Test
    void aGuestPlaysAnAssignmentToTheEndOneHandedAndReviewsIt() {
        TrainingApiFake api = new TrainingApiFake();
        BrowserContext context = chromium.phone("en-US");
        context.route("**/api/**", api);
        Page page = context.newPage();
        page.setViewportSize(PHONE[0], PHONE[1]);
        page.navigate(url("/train/" + TrainingApiFake.ASSIGNMENT));

        assertThat(page.locator("[data-test=intro-title]")).hasText("Attention basics");
        assertThat(page.locator("[data-test=intro-facts] li")).hasCount(4);
        assertThat(page.locator("[data-test=intro-facts]")).containsText("6 questions");
        assertThat(page.locator("[data-test=intro-facts]")).containsText("Attempts allowed: 2");
        check(page, "intro", true);
        page.click("[data-test=start]");
        assertThat(page.locator("[data-test=start-error]")).hasText("A nickname has 1 to 40 characters.");
        page.fill("[data-test=nickname]", "Ada");
        page.click("[data-test=start]");

        // 1. single choice: the choices sit in the lower half of the phone's screen, all of them on it
        assertThat(page.locator("[data-test=q-index]")).hasText("Question 1 of 6");
        assertThat(page.locator("[data-test=choice]")).hasCount(4);
        assertThat(page.locator("[data-test=timer]")).isHidden();
        for (Locator choice : page.locator("[data-test=choice]").all()) {
            inThumbZone(choice.boundingBox(), "a choice");
        }
        check(page, "single", true);
        assertThat(page.evaluate("() => localStorage.getItem('quiz-arena.attempt.asg1')"))
                .isEqualTo(TrainingApiFake.ATTEMPT);
        assertThat(page.evaluate("() => localStorage.getItem('quiz-arena.guest')"))
                .isEqualTo(TrainingApiFake.GUEST);
        page.click("[data-test=choice][data-choice=b]");
        assertThat(page.locator("[data-test=result]")).hasText("✓ Correct");
        assertThat(page.locator("[data-test=result-points]")).hasText("+100");
        assertThat(page.locator("[data-test=result-correct]")).hasText("Correct answer: B. Choice B");
        assertThat(page.locator("[data-test=result-explanation]"))
                .hasText("Attention mixes tokens; the rest work per token.");
        inThumbZone(page.locator("[data-test=next]").boundingBox(), "Next");
        check(page, "result", true);
        page.click("[data-test=next]");

        // 2. multiple choice, whose reply is lost: the retry hears 409 already_answered, and the page moves on
        assertThat(page.locator("[data-test=q-index]")).hasText("Question 2 of 6");
        page.click("[data-test=choice][data-choice=a]");
        page.click("[data-test=choice][data-choice=c]");
        inThumbZone(page.locator("[data-test=submit]").boundingBox(), "Submit");
        page.click("[data-test=submit]");
        assertThat(page.locator("[data-test=result]")).hasText("Your answer was already saved.");
        assertThat(page.locator("[data-test=conn]")).isEmpty();
        check(page, "already-saved", false);
        page.click("[data-test=next]");

        // 3. ordering with 2 s left, after a lost /next: the countdown runs out and the order as it stands goes
        assertThat(page.locator("[data-test=q-index]")).hasText("Question 3 of 6");
        assertThat(page.locator("[data-test=timer]")).isVisible();
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("/tmp/h-player-ordering-phone.png")));
        assertThat(page.locator("[data-test=result-note]")).hasText("Time was up: this counts as a miss.");
        assertThat(page.locator("[data-test=result]")).hasText("✗ Wrong");
        assertThat(page.locator("[data-test=result-order] li")).hasText(new String[] {"Tokens", "Embeddings"});
        assertThat(page.locator("[data-test=result-explain]")).isHidden();
        page.click("[data-test=next]");

        // 4. numeric, 5. typed, 6. true/false
        page.fill("[data-test=numeric-input]", "32");
        inThumbZone(page.locator("[data-test=submit]").boundingBox(), "Submit");
        check(page, "numeric", false);
        page.click("[data-test=submit]");
        assertThat(page.locator("[data-test=result-correct]")).hasText("Correct answer: 32 heads");
        page.click("[data-test=next]");
        page.fill("[data-test=typed]", "SGD");
        check(page, "typed", false);
        page.press("[data-test=typed]", "Enter");
        assertThat(page.locator("[data-test=result]")).hasText("✗ Wrong");
        assertThat(page.locator("[data-test=result-correct]")).hasText("Correct answer: Adam");
        page.click("[data-test=next]");
        assertThat(page.locator("[data-test=choice] .label")).hasText(new String[] {"True", "False"});
        page.click("[data-test=choice][data-choice=false]");
        assertThat(page.locator("[data-test=next]")).hasText("See my result");
        page.click("[data-test=next]");

        // the end: score, correct count, the review of every answer, the way to the mistakes queue and mastery
        assertThat(page.locator("[data-test=done-score]")).hasText("Score: 400");
        assertThat(page.locator("[data-test=done-correct]")).hasText("4 of 6 correct");
        assertThat(page.locator("[data-test=to-review]")).hasAttribute("href", "/review");
        assertThat(page.locator("[data-test=to-mastery]")).hasAttribute("href", "/mastery");
        page.click("[data-test=show-answers]");
        assertThat(page.locator("[data-test=answers] [data-test=review-item]")).hasCount(6);
        assertThat(page.locator("[data-test=review-item]").nth(4).locator("[data-test=review-yours]"))
                .hasText("Your answer: SGD");
        assertThat(page.locator("[data-test=review-item]").nth(4).locator("[data-test=review-key]"))
                .hasText("Correct answer: Adam");
        check(page, "done", true);
        assertThat(page.evaluate("() => localStorage.getItem('quiz-arena.attempt.asg1')"))
                .isNull();
        // the lost /next was asked again, and every call after the first carried the guest id it issued
        assertThat(api.calls.stream().filter(c -> c.endsWith("/next"))).hasSize(7);
        assertThat(api.guestHeaders.subList(2, api.guestHeaders.size())).containsOnly(TrainingApiFake.GUEST);
        context.close();
    }

    @Test
    void theMistakesQueueSaysWhenTheNextReviewIsAndAGamesReviewShowsTheMissesFirst() {
        TrainingApiFake api = new TrainingApiFake();
        BrowserContext context = chromium.phone("zh-CN");
        context.route("**/api/**", api);
        Page page = context.newPage();
        page.setViewportSize(PHONE[0], PHONE[1]);
        page.navigate(url("/review"));
        assertThat(page.locator("[data-test=due]")).hasText("现在没有需要复习的题目。");
        assertThat(page.locator("[data-test=due-total]")).hasText("复习队列中共有 3 道题");
        assertThat(page.locator("[data-test=due-next]")).containsText("下次复习：");
        assertThat(page.locator("[data-test=start]")).isHidden();
        check(page, "review-zh", true);

        page.navigate(url("/games/" + TrainingApiFake.GAME + "/review"));
        Locator items = page.locator("[data-test=review-list] [data-test=review-item]");
        assertThat(items).hasCount(1);
        assertThat(page.locator("[data-test=game-summary]")).hasText("周五测验 · 答对 2 题，共 3 题");
        assertThat(items.first().locator("li.is-key")).containsText("Choice B");
        assertThat(items.first().locator("li.is-wrong")).containsText("Choice D");
        assertThat(items.first().locator("[data-test=review-explanation]")).containsText("注意力混合词元。");
        check(page, "game-review-zh", true);
        page.click("[data-test=toggle-all]");
        assertThat(items).hasCount(3);
        assertThat(page.locator("[data-test=list-heading]")).hasText("全部题目");
        assertThat(page.locator("[data-test=toggle-all]")).hasAttribute("aria-expanded", "true");
        check(page, "game-review-all-zh", true);
        context.close();
    }

    /** Ends within the phone's screen, in its lower half, where a thumb reaches; not under the bar. */
    static void inThumbZone(BoundingBox box, String what) {
        assertThat(box.y).as(what + " starts in the lower half").isGreaterThanOrEqualTo(PHONE[1] / 2.0);
        assertThat(box.y + box.height).as(what + " ends on the screen").isLessThanOrEqualTo(PHONE[1]);
    }

    /** Nothing sticks out sideways; axe finds nothing; screenshots at phone size (and the projector's). */
    static void check(Page page, String name, boolean projector) {
        page.waitForFunction(ScreensFitInBrowserTest.SETTLED);
        @SuppressWarnings("unchecked")
        List<String> overflow = (List<String>) page.evaluate(ScreensFitInBrowserTest.OVERFLOW, PHONE[0]);
        assertThat(overflow).as(name + ": sideways overflow").isEmpty();
        Axe.assertNoViolations(page, name);
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("/tmp/h-player-" + name + "-phone.png")));
        if (projector) {
            page.setViewportSize(PROJECTOR[0], PROJECTOR[1]);
            page.waitForFunction(ScreensFitInBrowserTest.SETTLED);
            page.screenshot(
                    new Page.ScreenshotOptions().setPath(Paths.get("/tmp/h-player-" + name + "-projector.png")));
            page.setViewportSize(PHONE[0], PHONE[1]);
            page.waitForFunction(ScreensFitInBrowserTest.SETTLED);
        }
    }
}
