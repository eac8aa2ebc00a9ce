package io.quizarena.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.quizarena.testing.HostContent.quizOf;
import static io.quizarena.testing.HostContent.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The screens of one game hold on every display (issue 14): phones at 360 and 390 px, laptops and projectors at
 * 1280x720, 1600x900, 1920x1080 and 4:3 1024x768. Everything is judged from element boxes: nothing wider than the
 * viewport, the PIN on one line, the QR code and the reveal's counts above the control bar, controls only where they
 * do something. axe-core checks every screen once as a phone and once as a large screen (WCAG 2 A and AA, colour
 * contrast included). Screenshots of every screen at every size: target/screens/.
 */
@QuarkusTest
@TestProfile(BrowserTestProfile.class)
@Tag("real-services")
class ScreensFitInBrowserTest extends BrowserTestSupport {

    static final Path SCREENS = Paths.get("target", "screens");
    static final int[][] PHONES = {{360, 740}, {390, 844}};
    static final int[][] PLAYER_SIZES = {{360, 740}, {390, 844}, {1280, 720}, {1920, 1080}};
    static final int[][] BIG_SCREENS = {{1280, 720}, {1600, 900}, {1920, 1080}, {1024, 768}};
    /** Below this width a page is laid out as on a phone; axe runs once in each layout. */
    static final int PHONE_WIDTH = 800;

    static final List<String> PACING = List.of("next", "pause", "skip", "end");

    /**
     * What sticks out of the viewport sideways: the page itself, any box past either edge, and any box that scrolls
     * sideways (code, math and tables scroll on purpose and are left out, as is an ellipsis that cuts a name).
     */
    static final String OVERFLOW = """
            (width) => {
              const found = [];
              if (document.documentElement.scrollWidth > width) {
                found.push('the page is ' + document.documentElement.scrollWidth + ' px wide');
              }
              const meant = 'pre, .katex, .katex-display, .table-wrap';
              const name = (e) => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                  + (typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\\s+/).join('.') : '');
              for (const e of document.body.querySelectorAll('*')) {
                if (e.closest('.sr-only, .skip-link') || (e.parentElement && e.parentElement.closest(meant))) continue;
                const box = e.getBoundingClientRect();
                if (box.width === 0 && box.height === 0) continue;
                if (box.right > width + 1 || box.left < -1) {
                  found.push(name(e) + ' spans ' + Math.round(box.left) + '..' + Math.round(box.right));
                }
                const style = getComputedStyle(e);
                if (style.overflowX !== 'visible' && style.textOverflow !== 'ellipsis' && !e.matches(meant)
                    && e.scrollWidth > e.clientWidth + 1) {
                  found.push(name(e) + ' scrolls sideways (' + e.scrollWidth + ' > ' + e.clientWidth + ')');
                }
              }
              return found;
            }""";

    /** How many lines of text an element takes: its box height over its line height. */
    static final String LINES = """
            (e) => {
              const style = getComputedStyle(e);
              const line = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.2;
              return e.getBoundingClientRect().height / line;
            }""";

    static final String SETTLED = "() => document.getAnimations().every((a) => a.playState !== 'running')";

    /** The box checks are soft, so that one run names every defect of every screen; the test fails on any. */
    final SoftAssertions layout = new SoftAssertions();

    @Test
    void everyScreenOfAGameFitsPhonesLaptopsAndProjectors() {
        String quiz = quizOf(List.of(sixLongChoices(), ordering()));
        BrowserContext screen = chromium.bigScreen();
        Page host = openRoom(screen, quiz);
        String pin = host.locator("[data-test=host-pin]").textContent().trim();
        host.waitForFunction("() => document.getElementById('qr').naturalWidth > 0");

        // the form the host opened the room with, signed in
        Page roomForm = screen.newPage();
        roomForm.navigate(url("/host?quiz=" + quiz));
        fits(roomForm, "host-form", PLAYER_SIZES);
        roomForm.close();

        // sign-in, home and join, as a phone and a laptop open them
        Page ada = chromium.phone("en-US").newPage();
        ada.navigate(url("/signin"));
        fits(ada, "signin", PLAYER_SIZES);
        ada.navigate(url("/"));
        fits(ada, "home", PLAYER_SIZES);
        ada.fill("#pin", pin);
        ada.fill("#nickname", "Ada Lovelace-Byron");
        ada.click("form[data-test=join-form] button[type=submit]");
        Page bo = chromium.phone("zh-CN").newPage();
        bo.navigate(url("/join?pin=" + pin));
        fits(bo, "join", PHONES);
        bo.fill("#nickname", "Bo");
        bo.click("form[data-test=join-form] button[type=submit]");
        assertThat(ada.locator("[data-test=lobby]")).isVisible();
        assertThat(bo.locator("[data-test=lobby]")).isVisible();
        fits(ada, "player-lobby", PLAYER_SIZES);

        // the lobby: the PIN on one line, the whole QR code above the controls, no pacing control that does nothing
        assertThat(host.locator("[data-test=lobby-count]")).hasText("2");
        for (int[] size : BIG_SCREENS) {
            resize(host, size);
            Locator bigPin = host.locator("[data-test=lobby-pin]");
            layout.assertThat(lines(bigPin))
                    .as("the PIN's lines at %s", label(size))
                    .isLessThan(1.5);
            layout.assertThat(bigPin.textContent().trim()).isEqualTo(pin);
            assertWithin(bigPin, host.locator(".lobby-join"), "the PIN in its panel at " + label(size));
            layout.assertThat(lines(host.locator("[data-test=host-pin]"))).isLessThan(1.5);
            BoundingBox qr = host.locator("[data-test=qr]").boundingBox();
            layout.assertThat(qr.width)
                    .as("a QR code a phone can scan from the room")
                    .isGreaterThan(150);
            layout.assertThat(qr.y).isGreaterThanOrEqualTo(bottomOf(host, ".host-bar") - 1);
            assertAbove(host, qr, "the QR code at " + label(size));
            layout.assertThat(qr.x + qr.width).isLessThanOrEqualTo(size[0]);
            assertThat(host.locator("[data-test=start]")).isVisible();
        }
        assertOnlyControls(host);
        fits(host, "host-lobby", PHONES);
        fits(host, "host-lobby", BIG_SCREENS);

        // question 1: six long choices, on the big screen and on both phones
        host.keyboard().press("s");
        assertThat(host.locator("#q-body .choice")).hasCount(6);
        for (Page player : List.of(ada, bo)) {
            assertThat(player.locator("[data-test=choice]")).hasCount(6);
        }
        for (int[] size : BIG_SCREENS) {
            resize(host, size);
            for (Locator tile : host.locator("#q-body .choice").all()) {
                assertAbove(host, tile.boundingBox(), "a choice at " + label(size));
            }
        }
        assertOnlyControls(host, "pause", "skip", "end");
        fits(host, "host-question", BIG_SCREENS);
        fits(ada, "player-question", PLAYER_SIZES);
        fits(bo, "player-question-zh", PHONES);
        ada.locator("[data-test=choice][data-choice=c]").click();
        bo.locator("[data-test=choice][data-choice=a]").click();

        // the reveal: each choice's text readable beside its verdict, every count and the explanation above the bar
        assertThat(host.locator("[data-test=chart] .bar-row")).hasCount(6);
        host.waitForFunction(SETTLED);
        for (int[] size : BIG_SCREENS) {
            resize(host, size);
            for (Locator row : host.locator("[data-test=chart] .bar-row").all()) {
                BoundingBox count = row.locator(".bar-count").boundingBox();
                assertAbove(host, count, "a count at " + label(size));
                layout.assertThat(count.x + count.width).isLessThanOrEqualTo(size[0]);
                double text = row.locator(".text").boundingBox().width;
                layout.assertThat(text)
                        .as("choice text width at %s", label(size))
                        .isGreaterThan(row.boundingBox().width * 0.6);
            }
            Locator verdict = host.locator("[data-test=chart] .verdict");
            assertThat(verdict).hasText("✓ Correct");
            layout.assertThat(lines(verdict)).as("✓ Correct's lines").isLessThan(1.5);
            Locator explanation = host.locator("[data-test=reveal-explanation]");
            assertThat(explanation).isVisible();
            assertAbove(host, explanation.boundingBox(), "the explanation at " + label(size));
            layout.assertThat((Boolean) explanation.evaluate(
                            "(e) => e.scrollHeight <= e.clientHeight + 1 || getComputedStyle(e).overflowY === 'auto'"))
                    .as("the explanation fits or scrolls in its panel")
                    .isTrue();
        }
        assertOnlyControls(host, "next", "pause", "end");
        fits(host, "host-reveal", BIG_SCREENS);

        // the player's result: the explanation shows without a click, under a visible disclosure marker
        assertThat(ada.locator("[data-test=result]")).containsText("Correct");
        assertThat(ada.locator("[data-test=result-explanation]")).isVisible();
        assertThat(ada.locator("[data-test=result-explanation]")).containsText("Cross-attention");
        assertThat((String) ada.locator("[data-test=result-explain] summary")
                        .evaluate("(e) => getComputedStyle(e, '::before').content"))
                .isNotIn("none", "normal", "");
        fits(ada, "player-result", PLAYER_SIZES);
        fits(bo, "player-result-zh", PHONES);

        host.keyboard().press("n");
        assertThat(host.locator("[data-test=standings] li")).hasCount(2);
        assertThat(ada.locator("[data-test=standing-rank]")).isVisible();
        assertOnlyControls(host, "next", "pause", "end");
        fits(host, "host-standings", BIG_SCREENS);
        fits(ada, "player-standing", PLAYER_SIZES);

        // question 2, ordering: the key comes back to the player as a numbered list
        host.keyboard().press("n");
        assertThat(ada.locator("[data-test=order] li")).hasCount(4);
        fits(ada, "player-ordering", PLAYER_SIZES);
        fits(bo, "player-ordering-zh", PHONES);
        fits(host, "host-ordering", BIG_SCREENS);
        ada.click("[data-test=submit]");
        bo.click("[data-test=submit]");
        assertThat(ada.locator("[data-test=result-order] li")).hasText(new String[] {
            "Split the text into tokens", "Look up an embedding for each token",
            "Let every token attend to the others", "Turn the last hidden state into next-token scores"
        });
        assertThat(ada.locator("[data-test=result-order]")).hasCSS("list-style-type", "decimal");
        fits(ada, "player-ordering-result", PLAYER_SIZES);
        fits(bo, "player-ordering-result-zh", PHONES);
        assertThat(host.locator("[data-test=reveal-key]")).containsText("1. Split the text into tokens");
        fits(host, "host-ordering-reveal", BIG_SCREENS);

        // the podium: nothing left to pace, so no pacing control
        host.keyboard().press("n");
        assertThat(host.locator("[data-test=podium-step]")).hasCount(2);
        assertThat(ada.locator("[data-test=final-rank]")).isVisible();
        assertOnlyControls(host);
        fits(host, "host-podium", BIG_SCREENS);
        fits(ada, "player-final", PLAYER_SIZES);

        // the saved game's results, and the leaderboards it fed
        host.locator("[data-test=results-link]").click();
        assertThat(host.locator("[data-test=results-table] tbody tr")).hasCount(2);
        fits(host, "results", PLAYER_SIZES);
        host.navigate(url("/leaderboards"));
        fits(host, "leaderboards", PLAYER_SIZES);
        host.navigate(url("/leaderboards/topic-architecture"));
        fits(host, "leaderboard-topic", PLAYER_SIZES);

        // the home page again, in Chinese and as the signed-in host, with this week's board filled by the game
        bo.navigate(url("/"));
        fits(bo, "home-zh", PHONES);
        Page hostHome = screen.newPage();
        hostHome.navigate(url("/"));
        assertThat(hostHome.locator("[data-test=signout]")).isVisible();
        fits(hostHome, "home-host", PLAYER_SIZES);
        hostHome.navigate(url("/quizzes/new"));
        fits(hostHome, "quiz-editor", PLAYER_SIZES);
        screen.close();
        layout.assertAll();
    }

    // ---- checks

    /**
     * At each size: nothing sticks out sideways; a screenshot for a person to judge. At the first size of each layout
     * (phone, large screen) axe finds no violation.
     */
    void fits(Page page, String name, int[][] sizes) {
        Set<Boolean> checked = new HashSet<>();
        for (int[] size : sizes) {
            resize(page, size);
            @SuppressWarnings("unchecked")
            List<String> found = (List<String>) page.evaluate(OVERFLOW, size[0]);
            layout.assertThat(found)
                    .as("%s at %s: sideways overflow", name, label(size))
                    .isEmpty();
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENS.resolve(name + "-" + label(size) + ".png")));
            if (checked.add(size[0] < PHONE_WIDTH)) {
                layout.assertThat(Axe.violations(page))
                        .as("%s at %s: accessibility", name, label(size))
                        .isEmpty();
            }
        }
    }

    /** The box ends above the host's control bar (and so is not covered by it). */
    void assertAbove(Page host, BoundingBox box, String what) {
        double bar = host.locator(".host-controls").boundingBox().y;
        layout.assertThat(box.y + box.height)
                .as("%s ends above the control bar at %s", what, bar)
                .isLessThanOrEqualTo(bar);
    }

    void assertWithin(Locator inner, Locator outer, String what) {
        BoundingBox in = inner.boundingBox();
        BoundingBox out = outer.boundingBox();
        layout.assertThat(in.x).as(what).isGreaterThanOrEqualTo(out.x);
        layout.assertThat(in.x + in.width).as(what).isLessThanOrEqualTo(out.x + out.width);
    }

    /** Of next, pause, skip and end, exactly these show; full screen always does. */
    static void assertOnlyControls(Page host, String... shown) {
        List<String> expected = List.of(shown);
        for (String command : PACING) {
            Locator button = host.locator("[data-test=" + command + "]");
            if (expected.contains(command)) {
                assertThat(button).isVisible();
            } else {
                assertThat(button).isHidden();
            }
        }
        assertThat(host.locator(".host-controls [data-command=fullscreen]")).isVisible();
    }

    static double lines(Locator text) {
        return ((Number) text.evaluate(LINES)).doubleValue();
    }

    static double bottomOf(Page page, String selector) {
        BoundingBox box = page.locator(selector).boundingBox();
        return box.y + box.height;
    }

    static void resize(Page page, int[] size) {
        page.setViewportSize(size[0], size[1]);
        page.waitForFunction(SETTLED);
    }

    static String label(int[] size) {
        return size[0] + "x" + size[1];
    }

    // ---- the quiz: the longest texts the bank takes, where a screen is most likely to break

    static Map<String, Object> sixLongChoices() {
        Map<String, Object> q = question(
                "single",
                "在编码器-解码器 Transformer 中，解码器的哪一个子层让每个输出位置都能读取编码器对整个输入序列所生成的表示？",
                "In an encoder-decoder Transformer, which decoder sub-layer lets every output position read the"
                        + " representations that the encoder produced for the whole input sequence?");
        List<Map<String, Object>> choices = new ArrayList<>();
        String[][] texts = {
            {"掩码自注意力，它只让每个位置看到之前的输出位置", "Masked self-attention, which lets each position see only earlier outputs"},
            {"逐位置的前馈网络，它对每个位置分别作用", "The position-wise feed-forward network applied to each position alone"},
            {
                "交叉注意力：查询来自解码器，键和值来自编码器",
                "Cross-attention, with queries from the decoder and keys and values from the encoder"
            },
            {"输入嵌入之后、第一个块之前的层归一化", "Layer normalisation applied after the input embedding, before the first block"},
            {"最终的线性层与 softmax，它们给出下一个词元的分数", "The final linear layer and softmax that produce the next-token scores"},
            {"加到词元嵌入上的正弦位置编码", "The sinusoidal positional encoding that is added to the token embeddings"},
        };
        for (int i = 0; i < texts.length; i++) {
            String id = String.valueOf((char) ('a' + i));
            choices.add(Map.of("id", id, "text", text(texts[i][0], texts[i][1]), "correct", id.equals("c")));
        }
        q.put("choices", choices);
        q.put(
                "explanation",
                text(
                        "交叉注意力（编码器-解码器注意力）从解码器取查询，从编码器的输出取键和值，所以每个输出位置都能读到整个输入。"
                                + "掩码自注意力只看已生成的输出；前馈网络不在位置之间传递信息；位置编码和最后的 softmax 都不读取编码器。",
                        "Cross-attention (encoder-decoder attention) takes its queries from the decoder and its keys and"
                                + " values from the encoder's output, so every output position can read the whole input."
                                + " Masked self-attention only sees outputs generated so far; the feed-forward network"
                                + " moves nothing between positions; neither the positional encoding nor the final"
                                + " softmax reads the encoder. In the original paper each decoder block has three"
                                + " sub-layers: masked self-attention, cross-attention and the feed-forward network,"
                                + " each wrapped in a residual connection and followed by layer normalisation."));
        return q;
    }

    static Map<String, Object> ordering() {
        Map<String, Object> q =
                question("ordering", "把一个语言模型预测下一个词元的步骤排好顺序", "Put the steps of predicting the next token in order");
        String[][] steps = {
            {"tokens", "把文本切分成词元", "Split the text into tokens"},
            {"embed", "为每个词元查出嵌入向量", "Look up an embedding for each token"},
            {"attend", "让每个词元关注其他词元", "Let every token attend to the others"},
            {"scores", "把最后的隐藏状态变成下一个词元的分数", "Turn the last hidden state into next-token scores"},
        };
        List<Map<String, Object>> items = new ArrayList<>();
        for (String[] step : steps) {
            items.add(Map.of("id", step[0], "text", text(step[1], step[2])));
        }
        q.put("items", items);
        q.put("explanation", text("先切分，再嵌入、注意力，最后输出分数。", "Tokens first, then embeddings, attention and the scores."));
        return q;
    }

    static Map<String, Object> question(String type, String zh, String en) {
        Map<String, Object> q = new HashMap<>();
        q.put("topic", "architecture");
        q.put("difficulty", 2);
        q.put("type", type);
        q.put("text", text(zh, en));
        q.put("timeLimitSeconds", 90);
        return q;
    }
}
