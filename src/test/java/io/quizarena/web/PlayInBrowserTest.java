package io.quizarena.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.quizarena.testing.HostContent.quizOf;
import static io.quizarena.testing.HostContent.text;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * End to end in a real browser (Debian's Chromium): a host signs in and projects a room, players join from phones
 * (one through the QR code's link), play three question types to the podium; a phone-sized page fits; a player who
 * loses the socket mid-question comes back and still answers. Screenshots of each phase: target/e2e-screenshots/.
 */
@QuarkusTest
@TestProfile(BrowserTestProfile.class)
@Tag("real-services")
class PlayInBrowserTest extends BrowserTestSupport {

    @Test
    void aHostAndThreePlayersPlayThreeQuestionTypesToThePodium() throws Exception {
        List<Map<String, Object>> questions = List.of(
                single(
                        "MoE 路由 $G(x) = \\mathrm{Softmax}(\\mathrm{TopK}(x \\cdot W_g))$ 选出什么？",
                        "An MoE router $G(x) = \\mathrm{Softmax}(\\mathrm{TopK}(x \\cdot W_g))$ picks what?",
                        "b"),
                ordering("tokenize", "embed", "attend"),
                numeric(42, 2));
        // a topic no other test plays, so its board holds this game's players only (checked at the end)
        questions.forEach(q -> q.put("topic", "evaluation"));
        String quiz = quizOf(questions);
        BrowserContext screen = chromium.bigScreen();
        Page host = openRoom(screen, quiz);
        String pin = host.locator("[data-test=host-pin]").textContent().trim();
        assertThat(pin).matches("\\d{6}");
        String joinUrl = host.locator("[data-test=join-url]").textContent().trim();
        assertThat(joinUrl).isEqualTo(url("/join?pin=" + pin));
        // the page was opened at localhost: the lobby says phones cannot reach it
        assertThat(host.locator("[data-test=join-loopback]")).isVisible(); // waits for the lobby to show
        // the QR code on screen is drawn, and it encodes the same link
        host.waitForFunction(
                "() => document.getElementById('qr').complete && document.getElementById('qr').naturalWidth > 0");
        String svg = given().get("/join/qr.svg?pin=" + pin)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        String scanned = JoinQrTest.decode(svg);
        assertThat(scanned).isEqualTo(joinUrl);

        Page ada = chromium.phone("en-US").newPage();
        ada.navigate(scanned); // what a phone's camera opens
        assertThat(ada.locator("#pin")).hasValue(pin);
        ada.fill("#nickname", "Ada");
        ada.click("form[data-test=join-form] button[type=submit]");

        Page bo = chromium.phone("en-US").newPage();
        bo.navigate(url("/"));
        bo.fill("#pin", pin);
        bo.fill("#nickname", "Bo");
        bo.click("form[data-test=join-form] button[type=submit]");

        Page cy = chromium.phone("zh-CN").newPage();
        cy.navigate(url("/join"));
        cy.fill("#pin", pin);
        cy.fill("#nickname", "Cy");
        cy.press("#nickname", "Enter");

        for (Page p : List.of(ada, bo, cy)) {
            assertThat(p.locator("[data-test=lobby]")).isVisible();
        }
        assertThat(cy.locator("[data-test=lobby]")).hasText("你已加入！");
        assertThat(host.locator("[data-test=lobby-count]")).hasText("3");
        assertThat(host.locator("[data-test=nicknames] li")).hasText(new String[] {"Ada", "Bo", "Cy"});
        Chromium.shot(host, "1-lobby-host");
        Chromium.shot(ada, "1-lobby-ada");
        // a second window follows the topic's leaderboard live through the whole game
        Page board = screen.newPage();
        board.navigate(url("/leaderboards/topic-evaluation"));
        assertThat(board.locator("h1")).hasText("Evaluation");

        // question 1, single choice with math; the host starts with the keyboard
        host.keyboard().press("s");
        for (Page p : List.of(ada, bo, cy)) {
            assertThat(p.locator("[data-test=q-text]")).isVisible();
        }
        assertThat(host.locator("[data-test=host-q-text] .katex")).isVisible();
        assertThat(ada.locator("[data-test=q-text] .katex")).isVisible();
        assertThat(cy.locator("[data-test=q-text]")).containsText("路由");
        assertThat(ada.locator("[data-test=timer]")).isVisible();
        Chromium.shot(host, "2-question-host");
        Chromium.shot(ada, "2-question-ada");
        choose(ada, "b");
        assertThat(ada.locator("[data-test=answer-state]")).hasText("Answer received");
        Chromium.shot(ada, "2-answer-received-ada");
        choose(bo, "b");
        choose(cy, "a");

        // reveal: every player answered, so the question closes early
        assertThat(host.locator("[data-test=chart]")).isVisible();
        assertThat(host.locator("[data-test=chart] [data-choice=b]")).hasAttribute("data-count", "2");
        assertThat(host.locator("[data-test=chart] [data-choice=a]")).hasAttribute("data-count", "1");
        assertThat(host.locator("[data-test=chart] [data-choice=b]")).hasAttribute("data-correct", "true");
        assertThat(host.locator("[data-test=reveal-explanation] pre code .token")
                        .first())
                .isVisible();
        assertThat(ada.locator("[data-test=result]")).containsText("Correct");
        assertThat(ada.locator("[data-test=result-points]")).hasText("+1000");
        assertThat(cy.locator("[data-test=result]")).containsText("错误");
        assertThat(cy.locator("[data-test=result-correct]")).hasText("正确答案: B. 选项 b");
        assertThat(cy.locator("[data-test=result-points]")).hasText("+0");
        Chromium.shot(host, "3-reveal-host");
        Chromium.shot(ada, "3-result-ada");
        Chromium.shot(cy, "3-result-cy");

        host.keyboard().press("n");
        assertThat(host.locator("[data-test=standings] li")).hasCount(3);
        assertThat(ada.locator("[data-test=standing-rank]")).hasText("Rank 1 of 3");
        assertThat(cy.locator("[data-test=standing-rank]")).hasText("第 3 名，共 3 人");
        Chromium.shot(host, "4-standings-host");

        // question 2, ordering: Ada taps the arrows, Cy drags, Bo sends the order as shown (wrong)
        host.keyboard().press("n");
        for (Page p : List.of(ada, bo, cy)) {
            assertThat(p.locator("[data-test=order] li")).hasCount(3);
        }
        // shown in the order of the English texts: attend, embed, tokenize
        assertThat(ada.locator("[data-test=order] li"))
                .hasText(new String[] {"1Step attend↑↓", "2Step embed↑↓", "3Step tokenize↑↓"});
        Locator tokenize = ada.locator("[data-test=order] li[data-item=tokenize]");
        tokenize.locator("[data-move=up]").click();
        tokenize.locator("[data-move=up]").click();
        ada.locator("[data-test=order] li[data-item=attend] [data-move=down]").click();
        assertThat(ada.locator("[data-test=order] li"))
                .hasText(new String[] {"1Step tokenize↑↓", "2Step embed↑↓", "3Step attend↑↓"});
        Chromium.shot(ada, "5-ordering-ada");
        ada.click("[data-test=submit]");
        drag(cy, "tokenize", "attend");
        drag(cy, "attend", null);
        assertThat(cy.locator("[data-test=order] li"))
                .hasText(new String[] {"1步骤 tokenize↑↓", "2步骤 embed↑↓", "3步骤 attend↑↓"});
        cy.click("[data-test=submit]");
        bo.click("[data-test=submit]");
        assertThat(ada.locator("[data-test=result]")).containsText("Correct");
        assertThat(cy.locator("[data-test=result]")).containsText("正确");
        assertThat(bo.locator("[data-test=result]")).containsText("Wrong");
        assertThat(host.locator("[data-test=reveal-key]")).containsText("1. Step tokenize");
        Chromium.shot(host, "5-reveal-host");

        host.locator("[data-test=next]").click(); // standings
        assertThat(host.locator("[data-test=standings] li")).hasCount(3);
        host.locator("[data-test=next]").click(); // question 3

        // question 3, numeric: Ada types, Bo uses the slider's keys, Cy is far off
        for (Page p : List.of(ada, bo, cy)) {
            assertThat(p.locator("[data-test=slider]")).isVisible();
        }
        ada.fill("[data-test=numeric-input]", "42");
        ada.click("[data-test=submit]");
        bo.locator("[data-test=slider]").focus();
        for (int i = 0; i < 7; i++) {
            bo.keyboard().press("ArrowLeft");
        }
        assertThat(bo.locator("[data-test=numeric-value]")).hasText("43 units");
        Chromium.shot(bo, "6-numeric-bo");
        bo.click("[data-test=submit]");
        cy.fill("[data-test=numeric-input]", "10");
        cy.click("[data-test=submit]");
        assertThat(host.locator("[data-test=reveal-key]")).containsText("42");
        assertThat(bo.locator("[data-test=result]")).containsText("Correct");

        // the podium: Ada 3000, Bo 2000, Cy 1000 (accuracy scoring, no streak bonus)
        host.keyboard().press("n");
        assertThat(host.locator("[data-test=podium-step]")).hasCount(3);
        assertThat(host.locator("[data-test=podium-step][data-place='1'] .name"))
                .hasText("Ada");
        assertThat(host.locator("[data-test=podium-step][data-place='1'] .pts")).hasText("3000 pts");
        assertThat(host.locator("[data-test=podium-step][data-place='2'] .name"))
                .hasText("Bo");
        assertThat(host.locator("[data-test=podium-step][data-place='2'] .pts")).hasText("2000 pts");
        assertThat(host.locator("[data-test=podium-step][data-place='3'] .name"))
                .hasText("Cy");
        assertThat(ada.locator("[data-test=final-rank]")).hasText("Rank 1 of 3");
        assertThat(ada.locator("[data-test=final-score]")).hasText("3000 points");
        assertThat(bo.locator("[data-test=final-rank]")).hasText("Rank 2 of 3");
        assertThat(cy.locator("[data-test=final-rank]")).hasText("第 3 名，共 3 人");
        assertThat(ada.locator("[data-test=score]")).hasText("3000");
        Chromium.shot(host, "7-podium-host");
        Chromium.shot(ada, "7-final-ada");
        Chromium.shot(cy, "7-final-cy");

        // the saved game's results, from the podium
        assertThat(host.locator("[data-test=results-link]")).isVisible();
        host.locator("[data-test=results-link]").click();
        assertThat(host.locator("[data-test=results-table] tbody tr")).hasCount(3);
        assertThat(host.locator("[data-test=results-table] tbody tr").first()).containsText("Ada");
        Chromium.shot(host, "8-results-host");

        // the leaderboard window was never reloaded: the score events reached it live, in podium order
        Locator boardRows = board.locator("[data-test=board-table] tbody tr");
        assertThat(boardRows).hasCount(3);
        assertThat(boardRows.locator("th")).hasText(new String[] {"Ada", "Bo", "Cy"});
        assertThat(boardRows.locator("td:first-child")).hasText(new String[] {"1", "2", "3"});
        assertThat(board.locator("#live-status")).hasText("Live: updated");
        Chromium.shot(board, "9-leaderboard-live");
        // on Ada's phone the board finds her (by the guest id her browser kept) and marks her row
        ada.navigate(url("/leaderboards/topic-evaluation"));
        assertThat(ada.locator("[data-test=my-rank] li.me")).hasText("#1 Ada · 3000 (you)");
        assertThat(ada.locator("[data-test=board-table] tr.me th")).hasText("Ada");
        Chromium.shot(ada, "9-leaderboard-ada");
        screen.close();
    }

    @Test
    void thePlayerPageFitsAPhone() {
        String quiz = quizOf(List.of(multi()));
        BrowserContext screen = chromium.bigScreen();
        Page host = openRoom(screen, quiz);
        String pin = host.locator("[data-test=host-pin]").textContent().trim();
        Page phone = chromium.phone("en-US").newPage();
        phone.navigate(url("/join?pin=" + pin));
        phone.fill("#nickname", "Phone");
        phone.click("form[data-test=join-form] button[type=submit]");
        assertThat(phone.locator("[data-test=lobby]")).isVisible();
        host.keyboard().press("s");
        assertThat(phone.locator("[data-test=choice]")).hasCount(4);
        Chromium.shot(phone, "phone-question");

        assertThat((Boolean) phone.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
                .as("no horizontal scrolling")
                .isTrue();
        assertThat((Number) phone.evaluate("() => window.scrollY")).isEqualTo(0);
        var timer = phone.locator("[data-test=timer]").boundingBox();
        assertThat(timer.y).isGreaterThanOrEqualTo(0);
        assertThat(timer.y + timer.height).as("timer visible without scrolling").isLessThanOrEqualTo(844);
        List<String> small = new ArrayList<>();
        for (Locator target : phone.locator("#answer-area button, .play-bar a, #answer-area input")
                .all()) {
            var box = target.boundingBox();
            if (box != null && (box.width < 44 || box.height < 44)) {
                small.add(target.textContent() + " " + box.width + "x" + box.height);
            }
        }
        assertThat(small).as("tap targets under 44 px").isEmpty();
        phone.locator("[data-test=choice]").nth(0).click();
        phone.locator("[data-test=choice]").nth(1).click();
        assertThat(phone.locator("[data-test=choice]").nth(1)).hasAttribute("aria-pressed", "true");
        phone.click("[data-test=submit]");
        assertThat(phone.locator("[data-test=answer-state]")).hasText("Answer received");
        assertThat(phone.locator("[data-test=result]")).containsText("Correct");
        Chromium.shot(phone, "phone-result");
        screen.close();
    }

    @Test
    void aPlayerWhoLosesTheSocketMidQuestionComesBackAndStillAnswers() {
        String quiz = quizOf(List.of(typed("kv cache")));
        BrowserContext screen = chromium.bigScreen();
        Page host = openRoom(screen, quiz);
        String pin = host.locator("[data-test=host-pin]").textContent().trim();
        BrowserContext phoneContext = chromium.phone("en-US");
        Page phone = phoneContext.newPage();
        phone.navigate(url("/join?pin=" + pin));
        phone.fill("#nickname", "Roamer");
        phone.click("form[data-test=join-form] button[type=submit]");
        assertThat(phone.locator("[data-test=lobby]")).isVisible();
        host.keyboard().press("s");
        assertThat(phone.locator("[data-test=typed]")).isVisible();
        String token = (String)
                phone.evaluate("() => JSON.parse(sessionStorage.getItem('quiz-arena.play." + pin + "')).resumeToken");
        assertThat(token).isNotBlank();

        // the network goes away and the socket with it
        phoneContext.setOffline(true);
        phone.evaluate("() => window.quizArena.socket.drop()");
        assertThat(phone.locator("[data-test=conn]")).hasText("Reconnecting…");
        Chromium.shot(phone, "reconnect-1-offline");
        // while offline the socket keeps trying (with backoff) and fails; the player answers anyway
        phone.waitForTimeout(1500);
        assertThat((Number) phone.evaluate("() => window.quizArena.socket.connections"))
                .isEqualTo(1);
        assertThat(phone.locator("[data-test=typed]")).isEnabled();
        phone.fill("[data-test=typed]", "KV Cache");
        phone.click("[data-test=submit]");
        assertThat(phone.locator("[data-test=answer-state]")).hasText("Sending…");
        // back online: it resumes as the same player and the waiting answer goes out
        phoneContext.setOffline(false);
        phone.waitForFunction(
                "() => window.quizArena.socket.connections >= 2",
                null,
                new Page.WaitForFunctionOptions().setTimeout(WAIT));
        assertThat(phone.locator("[data-test=conn]")).hasText("");
        assertThat(host.locator("[data-test=lobby-count]")).hasText("1");
        assertThat(phone.locator("[data-test=answer-state]")).hasText("Answer received");
        assertThat(phone.locator("[data-test=result]")).containsText("Correct");
        assertThat(phone.locator("[data-test=score]")).hasText("1000");
        Chromium.shot(phone, "reconnect-2-answered");
        screen.close();
        phoneContext.close();
    }

    // ---- helpers

    static void choose(Page player, String choiceId) {
        player.locator("[data-test=choice][data-choice=" + choiceId + "]").click();
    }

    /** Drags an item with the pointer above another one, or to the end when {@code before} is null. */
    static void drag(Page player, String item, String before) {
        var from = player.locator("[data-test=order] li[data-item=" + item + "] .text")
                .boundingBox();
        var to = before == null
                ? player.locator("[data-test=order] li").last().boundingBox()
                : player.locator("[data-test=order] li[data-item=" + before + "]")
                        .boundingBox();
        double targetY = before == null ? to.y + to.height + 10 : to.y + 4;
        player.mouse().move(from.x + from.width / 2, from.y + from.height / 2);
        player.mouse().down();
        player.mouse()
                .move(
                        from.x + from.width / 2,
                        (from.y + targetY) / 2,
                        new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
        player.mouse()
                .move(from.x + from.width / 2, targetY, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
        player.mouse().up();
    }

    static Map<String, Object> question(String type, String zh, String en) {
        Map<String, Object> q = new HashMap<>();
        q.put("topic", "moe");
        q.put("difficulty", 1);
        q.put("type", type);
        q.put("text", text(zh, en));
        q.put("explanation", text("解释：\n```python\nprint(\"路由\")\n```", "Because:\n```python\nprint(\"router\")\n```"));
        q.put("timeLimitSeconds", 60);
        return q;
    }

    static Map<String, Object> single(String zh, String en, String correct) {
        Map<String, Object> q = question("single", zh, en);
        List<Map<String, Object>> choices = new ArrayList<>();
        for (String id : List.of("a", "b", "c", "d")) {
            choices.add(Map.of("id", id, "text", text("选项 " + id, "Choice " + id), "correct", id.equals(correct)));
        }
        q.put("choices", choices);
        return q;
    }

    static Map<String, Object> multi() {
        Map<String, Object> q = question("multi", "哪些是 `KV cache` 的好处？", "Which are benefits of a `KV cache`?");
        List<Map<String, Object>> choices = new ArrayList<>();
        for (String id : List.of("a", "b", "c", "d")) {
            boolean correct = id.equals("a") || id.equals("b");
            choices.add(Map.of(
                    "id", id,
                    "text", text("一个相当长的选项文字，用来检查换行 " + id, "A fairly long choice text that must wrap nicely " + id),
                    "correct", correct));
        }
        q.put("choices", choices);
        return q;
    }

    static Map<String, Object> ordering(String... order) {
        Map<String, Object> q = question("ordering", "把步骤排好顺序", "Put the steps in order");
        List<Map<String, Object>> items = new ArrayList<>();
        for (String id : order) {
            items.add(Map.of("id", id, "text", text("步骤 " + id, "Step " + id)));
        }
        q.put("items", items);
        return q;
    }

    static Map<String, Object> numeric(int answer, int tolerance) {
        Map<String, Object> q = question("numeric", "$d_k$ 是多少？", "What is $d_k$?");
        q.put("answer", answer);
        q.put("tolerance", tolerance);
        q.put("min", 0);
        q.put("max", 100);
        q.put("step", 1);
        q.put("unit", text("个", "units"));
        return q;
    }

    static Map<String, Object> typed(String... accepted) {
        Map<String, Object> q = question("typed", "解码时缓存的是什么？", "What is cached while decoding?");
        q.put("accepted", Map.of("zh", List.of(accepted), "en", List.of(accepted)));
        return q;
    }
}
