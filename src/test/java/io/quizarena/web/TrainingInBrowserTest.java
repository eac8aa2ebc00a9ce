package io.quizarena.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.quizarena.testing.HostContent.quizOf;
import static io.quizarena.testing.HostContent.text;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Team training end to end against the real API (no request is intercepted): a host sets an assignment of three
 * single-choice questions over HTTP; a guest on a 360x740 phone misses the first, reloads the page (stop and continue)
 * and goes on at the second, finishes with 2000 points and reviews the miss; the mistakes queue has that one card due,
 * a review session clears it; mastery counts the four answers; the host's report at 1920x1080 lists the guest and the
 * first question at 0 % correct. Screenshots: /tmp/h-e2e-*.png.
 */
@QuarkusTest
@TestProfile(BrowserTestProfile.class)
@Tag("real-services")
class TrainingInBrowserTest extends BrowserTestSupport {

    static final int[] PHONE = {360, 740};
    static final int[] PROJECTOR = {1920, 1080};
    /** A topic only this test's guest answers in: their mastery of it is these answers alone. */
    static final String TOPIC = "rag";

    static final String NICKNAME = "Ada E2E";

    @Test
    void aGuestMissesOneStopsContinuesReviewsTheMissAndTheHostReadsTheReport() {
        // 1. the host's quiz (keys b, c, a) and assignment: due tomorrow, one attempt, explanations shown
        String quiz = quizOf(List.of(single(1, "b"), single(2, "c"), single(3, "a")));
        Map<String, Object> request = new HashMap<>();
        request.put("quizId", quiz);
        request.put("deadline", Instant.now().plus(Duration.ofDays(1)).toString());
        request.put("attemptsAllowed", 1);
        request.put("showExplanations", true);
        request.put("scoring", "ACCURACY");
        String assignment = given().auth()
                .preemptive()
                .basic("host", "host")
                .contentType(ContentType.JSON)
                .body(request)
                .post("/api/assignments")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        // 2. a guest on a phone: intro, nickname, start
        BrowserContext phone = chromium.phone("en-US");
        Page page = phone.newPage();
        page.setViewportSize(PHONE[0], PHONE[1]);
        page.navigate(url("/train/" + assignment));
        assertThat(page.locator("[data-test=intro-facts]")).containsText("3 questions");
        assertThat(page.locator("[data-test=start]")).hasText("Start");
        page.fill("[data-test=nickname]", NICKNAME);
        page.click("[data-test=start]");

        // question 1: the question screen fits and passes axe; a wrong answer shows the key and the explanation
        assertThat(page.locator("[data-test=q-index]")).hasText("Question 1 of 3");
        assertThat(page.locator("[data-test=q-text]")).hasText("E2E question 1");
        assertThat(page.locator("[data-test=choice]")).hasCount(4);
        fits(page, "question-1");
        choicesOnScreen(page);
        Axe.assertNoViolations(page, "the question screen");
        page.click("[data-test=choice][data-choice=a]");
        assertThat(page.locator("[data-test=result]")).hasText("✗ Wrong");
        assertThat(page.locator("[data-test=result-points]")).hasText("+0");
        assertThat(page.locator("[data-test=result-correct]")).hasText("Correct answer: B. E2E 1 choice b");
        assertThat(page.locator("[data-test=result-explanation]")).hasText("Because question 1 is b");
        fits(page, "result-wrong");

        // stop and continue: a reload offers to continue, and the attempt goes on at question 2, not 1 again
        page.reload();
        assertThat(page.locator("[data-test=start]")).hasText("Continue");
        assertThat(page.locator("[data-test=intro-facts]")).containsText("Attempt 1 of 1");
        assertThat(page.locator("[data-test=nickname]")).hasValue(NICKNAME);
        page.click("[data-test=start]");
        assertThat(page.locator("[data-test=q-index]")).hasText("Question 2 of 3");
        assertThat(page.locator("[data-test=q-text]")).hasText("E2E question 2");
        fits(page, "question-2");
        choicesOnScreen(page);
        page.click("[data-test=choice][data-choice=c]");
        assertThat(page.locator("[data-test=result]")).hasText("✓ Correct");
        assertThat(page.locator("[data-test=result-points]")).hasText("+1000");
        assertThat(page.locator("[data-test=next]")).hasText("Next question");
        page.click("[data-test=next]");
        assertThat(page.locator("[data-test=q-index]")).hasText("Question 3 of 3");
        page.click("[data-test=choice][data-choice=a]");
        assertThat(page.locator("[data-test=result]")).hasText("✓ Correct");
        assertThat(page.locator("[data-test=next]")).hasText("See my result");
        page.click("[data-test=next]");

        // the end: 2000 points (accuracy scoring), 2 of 3, and the review lists question 1 as missed
        assertThat(page.locator("[data-test=done-score]")).hasText("Score: 2000");
        assertThat(page.locator("[data-test=done-correct]")).hasText("2 of 3 correct");
        page.click("[data-test=show-answers]");
        Locator items = page.locator("[data-test=answers] [data-test=review-item]");
        assertThat(items).hasCount(3);
        assertThat(items.nth(0)).hasClass(Pattern.compile("\\bis-missed\\b"));
        assertThat(items.nth(0).locator("[data-test=review-verdict]")).hasText("✗ Wrong (+0 pts)");
        assertThat(items.nth(0).locator("li.is-wrong")).containsText("E2E 1 choice a");
        assertThat(items.nth(0).locator("li.is-key")).containsText("E2E 1 choice b");
        assertThat(items.nth(1)).not().hasClass(Pattern.compile("\\bis-missed\\b"));
        assertThat(items.nth(2)).not().hasClass(Pattern.compile("\\bis-missed\\b"));
        fits(page, "done");
        assertThat(page.evaluate("() => localStorage.getItem('quiz-arena.attempt." + assignment + "')"))
                .as("a finished attempt is forgotten")
                .isNull();

        // 3. the mistakes queue: the miss is due; a review session answered rightly clears it
        page.navigate(url("/review"));
        assertThat(page.locator("[data-test=due]")).hasText("1 due now");
        fits(page, "review-due");
        page.click("[data-test=start]");
        assertThat(page.locator("[data-test=q-index]")).hasText("Question 1 of 1");
        assertThat(page.locator("[data-test=q-text]")).hasText("E2E question 1");
        choicesOnScreen(page);
        page.click("[data-test=choice][data-choice=b]");
        assertThat(page.locator("[data-test=result]")).hasText("✓ Correct");
        page.click("[data-test=next]");
        assertThat(page.locator("[data-test=done-correct]")).hasText("1 of 1 correct");
        page.navigate(url("/review"));
        assertThat(page.locator("[data-test=due]")).hasText("Nothing is due right now.");
        assertThat(page.locator("[data-test=start]")).isHidden();
        fits(page, "review-none");

        // 4. mastery: the topic counts the three assignment answers and the review's, 3 of 4 right
        page.navigate(url("/mastery"));
        assertThat(page.locator("[data-test=mastery][data-loaded=true]")).hasCount(1);
        Locator topic = page.locator("[data-test=mastery-topic][data-topic=" + TOPIC + "]");
        assertThat(topic.locator("[data-test=share]")).hasText("75% correct");
        assertThat(topic).containsText("3 of 4 right");
        fits(page, "mastery");
        phone.close();

        // 5. the host's report on a projector: the guest is listed, question 1 was nobody's right answer
        BrowserContext screen = chromium.bigScreen();
        Page host = screen.newPage();
        host.navigate(url("/signin?next=/reports/assignments/" + assignment));
        host.fill("#j_username", "host");
        host.fill("#j_password", "host");
        host.click("[data-test=signin-submit]");
        assertThat(host).hasURL(Pattern.compile(".*/reports/assignments/" + assignment));
        assertThat(host.locator("[data-test=fact-players]")).hasText("1");
        Locator rows = host.locator("[data-test=player-row]");
        assertThat(rows).hasCount(1);
        assertThat(rows.first().locator("th")).hasText(NICKNAME);
        Locator hardest = host.locator("[data-test=hard-question]");
        assertThat(hardest).hasCount(3);
        assertThat(hardest.first().locator(".hard-number")).hasText("Q1");
        // fails today: the page says "0%% correct" (ReportView.Hard.percent already ends in %, and so does the message)
        assertThat(hardest.first().locator(".hard-percent")).hasText("0% correct");
        host.waitForFunction(ScreensFitInBrowserTest.SETTLED);
        @SuppressWarnings("unchecked")
        List<String> overflow = (List<String>) host.evaluate(ScreensFitInBrowserTest.OVERFLOW, PROJECTOR[0]);
        assertThat(overflow).as("the report: sideways overflow").isEmpty();
        host.screenshot(
                new Page.ScreenshotOptions().setFullPage(true).setPath(Paths.get("/tmp/h-e2e-report-projector.png")));
        screen.close();
    }

    /** A single-choice question of the test's topic with choices a to d, of which {@code correct} is right. */
    static Map<String, Object> single(int number, String correct) {
        Map<String, Object> q = new HashMap<>();
        q.put("topic", TOPIC);
        q.put("difficulty", 2);
        q.put("type", "single");
        q.put("text", text("端到端题 " + number, "E2E question " + number));
        List<Map<String, Object>> choices = new ArrayList<>();
        for (String id : List.of("a", "b", "c", "d")) {
            choices.add(Map.of(
                    "id",
                    id,
                    "text",
                    text("端到端 " + number + " 选项 " + id, "E2E " + number + " choice " + id),
                    "correct",
                    id.equals(correct)));
        }
        q.put("choices", choices);
        q.put("explanation", text("因为第 " + number + " 题是 " + correct, "Because question " + number + " is " + correct));
        q.put("timeLimitSeconds", 20);
        return q;
    }

    /** Every answer button lies inside the phone's viewport, whole. */
    static void choicesOnScreen(Page page) {
        for (Locator choice : page.locator("[data-test=choice]").all()) {
            BoundingBox box = choice.boundingBox();
            String what = "choice " + choice.getAttribute("data-choice");
            assertThat(box.x).as(what + "'s left").isGreaterThanOrEqualTo(0);
            assertThat(box.y).as(what + "'s top").isGreaterThanOrEqualTo(0);
            assertThat(box.x + box.width).as(what + "'s right").isLessThanOrEqualTo(PHONE[0]);
            assertThat(box.y + box.height).as(what + "'s bottom").isLessThanOrEqualTo(PHONE[1]);
        }
    }

    /** Nothing sticks out sideways at phone width; a screenshot of the phone's screen. */
    static void fits(Page page, String name) {
        page.waitForFunction(ScreensFitInBrowserTest.SETTLED);
        @SuppressWarnings("unchecked")
        List<String> overflow = (List<String>) page.evaluate(ScreensFitInBrowserTest.OVERFLOW, PHONE[0]);
        assertThat(overflow).as(name + ": sideways overflow").isEmpty();
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("/tmp/h-e2e-" + name + "-phone.png")));
    }
}
