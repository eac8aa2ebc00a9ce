package io.quizarena.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quizarena.room.ManualRoomScheduler;
import io.quizarena.room.RoomScheduler;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Battles in a real browser (Debian's Chromium), two phones of 390 x 844: both search the same topic and meet, see
 * each question at once, one answers right and one wrong, the opponent's answer is announced (never what), a dropped
 * phone comes back within the window, the result screen shows who won, both scores, both ratings once projected and a
 * review; both ask for a rematch and land in the new battle. A player nobody meets gets a ghost of one of those runs,
 * labelled as one. A friend joins a challenge through its link. Time is
 * virtual on the server (the test advances it), so every score is exact. Screenshots: target/e2e-screenshots/.
 */
@QuarkusTest
@TestProfile(BattleBrowserTestProfile.class)
@Tag("real-services")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BattleInBrowserTest extends BrowserTestSupport {

    private static final String TOPIC = "multimodal";
    private static final int QUESTIONS = 3;

    @Inject
    RoomScheduler scheduler;

    private ManualRoomScheduler clock() {
        return (ManualRoomScheduler) scheduler;
    }

    @Test
    @Order(1)
    void twoPhonesSearchMeetPlayABattleToTheResultAndRematch() {
        Page ada = chromium.phone("en-US").newPage();
        ada.navigate(url("/"));
        assertThat(ada.locator("[data-test=battle-form]")).isVisible();
        fitsThePhone(ada);
        fullPage(ada, "battle-0-home-ada");
        ada.selectOption("[data-test=battle-topic]", TOPIC);
        ada.fill("[data-test=battle-nickname]", "Ada");
        ada.click("[data-test=battle-play]");
        assertThat(ada.locator("[data-test=searching]")).isVisible();
        assertThat(ada.locator("[data-test=search-topic]")).hasText("Multimodal models");
        assertThat(ada.locator("[data-test=search-rating]")).hasText("Your rating: 1500 (provisional)");
        assertThat(ada.locator("[data-test=ghost-note]")).containsText("After about 8 s you play a ghost");
        assertThat(ada.locator("[data-test=cancel-search]")).isVisible();
        fitsThePhone(ada);
        Chromium.shot(ada, "battle-1-searching-ada");

        Page bo = chromium.phone("zh-CN").newPage();
        bo.navigate(url("/battle?topic=" + TOPIC + "&nickname=Bo"));

        // they meet: both in the battle, the first question's countdown on both phones
        assertThat(ada.locator("[data-test=ready-index]")).hasText("Question 1 of 3");
        assertThat(bo.locator("[data-test=ready-index]")).hasText("第 1 题，共 3 题");
        assertThat(ada.locator("[data-test=me-name]")).hasText("Ada");
        assertThat(ada.locator("[data-test=opp-name]")).hasText("Bo");
        assertThat(bo.locator("[data-test=opp-name]")).hasText("Ada");
        assertThat(ada.locator("[data-test=opp-ghost]")).isHidden();
        String firstBattle = battleIdOf(ada);
        assertThat(battleIdOf(bo)).isEqualTo(firstBattle);
        Chromium.shot(bo, "battle-2-get-ready-bo");

        int expected = 0;
        for (int q = 0; q < QUESTIONS; q++) {
            if (q > 0) {
                assertThat(ada.locator("[data-test=ready-index]")).hasText("Question " + (q + 1) + " of 3");
            }
            clock().advance(3_000); // the countdown: the question opens on both phones at once
            assertThat(ada.locator("[data-test=q-text]")).isVisible();
            assertThat(bo.locator("[data-test=q-text]")).isVisible();
            String question = ada.locator("[data-test=q-text]").getAttribute("data-question-id");
            assertThat(bo.locator("[data-test=q-text]")).hasAttribute("data-question-id", question);
            assertThat(ada.locator("[data-test=q-index]")).hasText("Question " + (q + 1) + " of 3");
            assertThat(ada.locator("[data-test=timer]")).isVisible();
            String key = keyOf(question);
            String wrong = wrongChoice(ada, key);
            if (q == 0) {
                tapTargetsFit(ada);
                Chromium.shot(ada, "battle-3-question-ada");
                shotAt(ada, 360, "battle-3-question-ada-360");
            }
            if (q == 1) {
                // Bo's phone loses the connection for a moment: Ada sees the countdown to a forfeit, then Bo is back
                bo.evaluate("window.quizArena.socket.drop(2500)");
                Locator away = ada.locator("[data-test=opponent-left]");
                assertThat(away).isVisible();
                assertThat(away).containsText("Bo lost the connection: they forfeit in");
                Chromium.shot(ada, "battle-4-opponent-left-ada");
                assertThat(away).isHidden();
                assertThat(bo.locator("[data-test=q-text]")).hasAttribute("data-question-id", question);
                assertThat(bo.locator("[data-test=choice]").first()).isEnabled();
            }
            clock().advance(2_000);
            bo.click("[data-test=choice][data-choice=\"" + wrong + "\"]");
            assertThat(bo.locator("[data-test=answer-state]")).hasText("答案已收到");
            assertThat(ada.locator("[data-test=opp-state]")).hasText("✓ Your opponent has answered");
            assertThat(ada.locator("[data-test=opp-flag]")).isVisible();
            if (q == 0) {
                Chromium.shot(ada, "battle-5-opponent-answered-ada");
                Chromium.shot(bo, "battle-5-answered-bo");
                shotWide(ada, "battle-5-opponent-answered-ada-1280");
            }
            clock().advance(2_000);
            ada.click("[data-test=choice][data-choice=\"" + key + "\"]");
            int points = q == QUESTIONS - 1 ? 1600 : 800; // speed scoring: 4 s of 10 s, the last worth double
            expected += points;
            assertThat(ada.locator("[data-test=result]")).hasText("✓ Correct");
            assertThat(ada.locator("[data-test=result-points]")).hasText("+" + points);
            assertThat(ada.locator("[data-test=result-correct]")).containsText("Correct answer: ");
            assertThat(bo.locator("[data-test=result]")).hasText("✗ 错误");
            assertThat(bo.locator("[data-test=result-points]")).hasText("+0");
            assertThat(ada.locator("[data-test=me-score]")).hasText(String.valueOf(expected));
            if (q == 0) {
                Chromium.shot(ada, "battle-6-result-ada");
                Chromium.shot(bo, "battle-6-result-bo");
            }
            clock().advance(3_000); // the reveal stays up 3 s; then both scores (not after the last question)
            if (q < QUESTIONS - 1) {
                assertThat(ada.locator("[data-test=lead]")).hasText("You lead by " + expected);
                assertThat(bo.locator("[data-test=lead]")).hasText("你落后 " + expected + " 分");
                assertThat(bo.locator("[data-test=opp-score]")).hasText(String.valueOf(expected));
                assertThat(bo.locator("[data-test=me-score]")).hasText("0");
                if (q == 0) {
                    Chromium.shot(bo, "battle-7-scores-bo");
                }
                clock().advance(2_000);
            }
        }
        assertThat(expected).isEqualTo(3200);

        // the result: who won, both scores, ratings once the projection has counted the battle, the review
        assertThat(ada.locator("[data-test=over-title]")).hasText("You won!");
        assertThat(bo.locator("[data-test=over-title]")).hasText("你输了");
        assertThat(ada.locator("[data-test=final-me-score]")).hasText("3200");
        assertThat(ada.locator("[data-test=final-opp-score]")).hasText("0");
        assertThat(bo.locator("[data-test=final-me-score]")).hasText("0");
        assertThat(bo.locator("[data-test=final-opp-score]")).hasText("3200");
        assertThat(ada.locator("[data-test=final-me-rating]")).hasText("Counting ratings…");
        Chromium.shot(ada, "battle-8-over-pending-ada");
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> {
                    clock().advance(250); // the owner polls for the projected ratings on the battle's clock
                    return !ada.locator("[data-test=final-me-rating]")
                                    .textContent()
                                    .contains("…")
                            && !bo.locator("[data-test=final-me-rating]")
                                    .textContent()
                                    .contains("…");
                });
        assertThat(ada.locator("[data-test=final-me-rating]"))
                .hasText(Pattern.compile("Rating 1500 → 1\\d{3} ▲ \\+\\d+ provisional"));
        assertThat(ada.locator("[data-test=final-opp-rating]"))
                .hasText(Pattern.compile("Rating 1500 → 1\\d{3} ▼ −\\d+ provisional"));
        assertThat(bo.locator("[data-test=final-me-rating]")).hasText(Pattern.compile("积分 1500 → 1\\d{3} ▼ −\\d+ 暂定"));
        assertThat(ada.locator("[data-test=review-item]")).hasCount(QUESTIONS);
        Locator firstReview = ada.locator("[data-test=review-item]").first();
        assertThat(firstReview.locator("[data-test=review-you]")).hasText("You: ✓ Correct (+800)");
        assertThat(firstReview.locator("[data-test=review-opponent]")).hasText("Bo: ✗ Wrong");
        assertThat(firstReview.locator(".tag.right")).hasText("✓ Correct answer");
        assertThat(bo.locator("[data-test=review-item]").first().locator(".tag.mine"))
                .hasText("你的答案");
        for (Locator explanation : ada.locator("[data-test=review-explanation]").all()) {
            assertThat(explanation.textContent().length()).isGreaterThan("Explanation".length() + 5);
        }
        BoundingBox me = ada.locator("[data-test=final-me]").boundingBox();
        BoundingBox them = ada.locator("[data-test=final-opp]").boundingBox();
        assertThat(me.y).isEqualTo(them.y); // side by side
        assertThat(me.x + me.width).isLessThanOrEqualTo(them.x);
        assertThat(me.x).isGreaterThanOrEqualTo(0);
        assertThat(them.x + them.width).isLessThanOrEqualTo(390);
        assertThat(ada.locator("[data-test=rematch]").boundingBox().height).isGreaterThanOrEqualTo(44);
        fitsThePhone(ada);
        fitsThePhone(bo);
        Chromium.shot(ada, "battle-9-over-ada");
        Chromium.shot(bo, "battle-9-over-bo");
        fullPage(ada, "battle-9-over-ada-full");
        shotAt(bo, 360, "battle-9-over-bo-360");
        shotWide(ada, "battle-9-over-ada-1280");
        String myBattles = ada.locator("[data-test=my-battles]").getAttribute("href");

        // both ask for a rematch and land in the new battle
        ada.click("[data-test=rematch]");
        assertThat(ada.locator("[data-test=rematch-note]")).hasText("Waiting for Bo to accept…");
        assertThat(bo.locator("[data-test=rematch-note]")).hasText("Ada 想再战一局！");
        assertThat(bo.locator("[data-test=rematch]")).hasText("接受再战");
        Chromium.shot(bo, "battle-10-rematch-offered-bo");
        bo.click("[data-test=rematch]");
        for (Page p : List.of(ada, bo)) {
            assertThat(p.locator("[data-test=ready-index]")).isVisible();
            assertThat(p.locator("[data-test=me-score]")).hasText("0");
            assertThat(p.locator("[data-test=opp-score]")).hasText("0");
        }
        assertThat(ada.locator("[data-test=ready-index]")).hasText("Question 1 of 3");
        assertThat(ada.locator("[data-test=opp-name]")).hasText("Bo");
        String rematch = battleIdOf(ada);
        assertThat(rematch).isNotEqualTo(firstBattle);
        assertThat(battleIdOf(bo)).isEqualTo(rematch);
        Chromium.shot(ada, "battle-11-rematch-ada");

        // Ada's battles and the topic's ratings board, from her phone
        Page history = ada.context().newPage();
        history.navigate(url(myBattles));
        Locator row = history.locator("[data-test=history-row]").first();
        assertThat(row.locator("[data-test=history-opponent]")).hasText("Bo");
        assertThat(row.locator("[data-test=history-score]")).hasText("3200 : 0");
        assertThat(row.locator("[data-test=history-outcome]")).hasText("▲ Win");
        assertThat(row.locator("[data-test=history-rating-move]"))
                .hasText(Pattern.compile("1500 → 1\\d{3} \\(\\+\\d+\\)"));
        fitsThePhone(history);
        Chromium.shot(history, "battle-12-history-ada");
        shotWide(history, "battle-12-history-ada-1280");
        String adaKey = java.net.URLDecoder.decode(
                myBattles.replaceAll("^/players/|/battles$", ""), java.nio.charset.StandardCharsets.UTF_8);
        history.navigate(url("/battles/ratings/topic-" + TOPIC));
        assertThat(history.locator("[data-test=provisional-table] tr[data-player=\"" + adaKey + "\"]"))
                .containsText("Ada");
        assertThat(history.locator("[data-test=ranked-table] tr[data-player=\"" + adaKey + "\"]"))
                .hasCount(0);
        fitsThePhone(history);
        Chromium.shot(history, "battle-13-board-ada");
        shotWide(history, "battle-13-board-ada-1280");
    }

    @Test
    @Order(2)
    void aPlayerNobodyMeetsPlaysAGhostOfAnEarlierRunLabelledAsOne() {
        Page gus = chromium.phone("en-US").newPage();
        gus.navigate(url("/battle?topic=" + TOPIC + "&nickname=Gus"));
        assertThat(gus.locator("[data-test=ghost-note]")).containsText("After about 8 s you play a ghost");
        // alone for 8 s: a run of the battles above is replayed
        assertThat(gus.locator("[data-test=ready-index]"))
                .isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions()
                        .setTimeout(30_000));
        assertThat(gus.locator("[data-test=opp-ghost]")).hasText("Ghost");
        assertThat(gus.locator("[data-test=ready-ghost]"))
                .hasText(Pattern.compile(
                        ".+ is a ghost: a replay of an earlier run, with its own answers and timing\\."));
        fitsThePhone(gus);
        Chromium.shot(gus, "battle-15-ghost-ready-gus");
        clock().advance(3_000);
        assertThat(gus.locator("[data-test=q-text]")).isVisible();
        assertThat(gus.locator("[data-test=opp-ghost]")).isVisible();
        Chromium.shot(gus, "battle-16-ghost-question-gus");
    }

    @Test
    @Order(3)
    void aFriendJoinsAChallengeThroughItsLinkAndALateComerIsTurnedAway() {
        Page cy = chromium.phone("en-US").newPage();
        cy.navigate(url("/"));
        cy.selectOption("[data-test=battle-topic]", "mixed");
        cy.fill("[data-test=battle-nickname]", "Cy");
        cy.click("[data-test=battle-challenge]");
        assertThat(cy.locator("[data-test=challenge-code]")).hasText(Pattern.compile("\\d{6}"));
        String code = cy.locator("[data-test=challenge-code]").textContent();
        assertThat(cy.locator("[data-test=challenge-link]")).hasValue(url("/battle/c/" + code));
        assertThat(cy.locator("[data-test=waiting-friend]")).containsText("Waiting for your friend");
        fitsThePhone(cy);
        Chromium.shot(cy, "battle-20-challenge-cy");

        Page dee = chromium.phone("zh-CN").newPage();
        dee.navigate(cy.locator("[data-test=challenge-link]").inputValue());
        assertThat(dee.locator("[data-test=invite]")).hasText("好友向你发起了对战挑战。选一个昵称加入吧。");
        fitsThePhone(dee);
        Chromium.shot(dee, "battle-21-invited-dee");
        dee.fill("[data-test=nickname-input]", "Dee");
        dee.click("[data-test=nickname-go]");
        assertThat(dee.locator("[data-test=ready-index]")).hasText("第 1 题，共 3 题");
        assertThat(cy.locator("[data-test=ready-index]")).hasText("Question 1 of 3");
        assertThat(dee.locator("[data-test=opp-name]")).hasText("Cy");
        assertThat(cy.locator("[data-test=opp-name]")).hasText("Dee"); // learnt with a sync
        Chromium.shot(cy, "battle-22-challenge-started-cy");

        // a third player with the same code: the code box on the home page, and the challenge is taken
        Page eve = chromium.phone("en-US").newPage();
        eve.navigate(url("/"));
        eve.fill("[data-test=battle-code]", code);
        eve.click("[data-test=battle-code-go]");
        assertThat(eve.locator("[data-test=ended]")).hasText("This challenge has started or ended already.");
        given().get("/api/battles/challenges/" + code).then().statusCode(409);
        Chromium.shot(eve, "battle-23-challenge-taken-eve");
    }

    private static String battleIdOf(Page page) {
        page.waitForFunction("() => new URLSearchParams(location.search).has('battle')");
        return (String) page.evaluate("() => new URLSearchParams(location.search).get('battle')");
    }

    /** The correct choice of a bank question, as a host may see it. */
    private static String keyOf(String questionId) {
        List<String> correct = given().auth()
                .preemptive()
                .basic("host", "host")
                .get("/api/questions/" + questionId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("choices.findAll { it.correct }.id");
        assertThat(correct).hasSize(1);
        return correct.get(0);
    }

    @SuppressWarnings("unchecked")
    private static String wrongChoice(Page page, String key) {
        List<String> ids = (List<String>)
                page.locator("[data-test=choice]").evaluateAll("buttons => buttons.map(b => b.dataset.choice)");
        return ids.stream().filter(id -> !id.equals(key)).findFirst().orElseThrow();
    }

    /** Nothing sticks out sideways: the page is no wider than the phone, at 390 px and at 360 px. */
    private static void fitsThePhone(Page page) {
        for (int width : new int[] {390, 360}) {
            page.setViewportSize(width, 844);
            // not window.innerWidth: a phone zooms out to show a page that is too wide, and innerWidth grows with it
            Number scrolled = (Number) page.evaluate("() => document.documentElement.scrollWidth");
            assertThat(scrolled.intValue())
                    .as("page width at " + width + " px on " + page.url())
                    .isLessThanOrEqualTo(width);
        }
        page.setViewportSize(390, 844);
    }

    /** The choices are tall enough to tap and within the screen, one above the other for one hand. */
    private static void tapTargetsFit(Page page) {
        double previousBottom = 0;
        for (Locator choice : page.locator("[data-test=choice]").all()) {
            BoundingBox box = choice.boundingBox();
            assertThat(box.height).isGreaterThanOrEqualTo(44);
            assertThat(box.x).isGreaterThanOrEqualTo(0);
            assertThat(box.x + box.width).isLessThanOrEqualTo(390);
            assertThat(box.y).isGreaterThanOrEqualTo(previousBottom);
            previousBottom = box.y + box.height;
        }
        fitsThePhone(page);
    }

    /** The same screen on a narrower phone, then back to 390 px. */
    private static void shotAt(Page page, int width, String name) {
        page.setViewportSize(width, 800);
        Chromium.shot(page, name);
        page.setViewportSize(390, 844);
    }

    /** The same screen at 1280 x 720 (a laptop or a projector), then back to the phone. */
    private static void shotWide(Page page, String name) {
        page.setViewportSize(1280, 720);
        Chromium.shot(page, name);
        page.setViewportSize(390, 844);
    }

    private static void fullPage(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Chromium.SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(true));
    }
}
