package io.quizarena.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * In Chromium: a host writes a question of each of the six types in the pages (with the live previews), puts them in
 * a quiz and a player plays it to the podium, each answer judged right; a CSV import with a bad row names its row and
 * column, a good one says how many; the editor and the import page fit a phone and a laptop. Screenshots:
 * target/screens/.
 */
@QuarkusTest
@TestProfile(BrowserTestProfile.class)
@Tag("real-services")
class AuthoringInBrowserTest extends BrowserTestSupport {

    static final Path SCREENS = Paths.get("target", "screens");
    static final String CSV_HEADER = "topic,type,difficulty,time_limit_seconds,question_zh,question_en,answer_1_zh,"
            + "answer_1_en,answer_2_zh,answer_2_en,correct,explanation_zh,explanation_en\n";

    @Test
    void aHostWritesEachTypeInThePagesAndAPlayerGetsEveryOneRight() {
        BrowserContext authoring = chromium.bigScreen();
        Page page = signIn(authoring, "/quizzes/new");
        page.fill("input[name=titleEn]", "Written in the pages");
        page.fill("input[name=titleZh]", "在页面里写的题");
        page.fill("textarea[name=descriptionEn]", "Six types");
        page.fill("textarea[name=descriptionZh]", "六种题型");

        writeQuestion(page, "single", "Which one routes tokens? $x^2$", "哪个负责路由？$x^2$", q -> {
            // the page checks that each text has a language, then the server judges the rest, next to the fields
            q.click("[data-test=save-question]");
            assertThat(q.locator("[data-test=field-error][data-pointer='/choices/0/text']"))
                    .isVisible();
            // a server's verdict, next to its field: the Chinese text must contain Chinese characters
            q.fill("[data-test=q-text-zh]", "router?");
            fillRows(q, "choice", new String[][] {{"层", "Layer"}, {"路由器", "Router"}, {"嵌入", "Embedding"}, {"损失", "Loss"}
            });
            q.locator("[data-test=choice-row]")
                    .nth(1)
                    .locator("[data-part=correct]")
                    .check();
            q.click("[data-test=save-question]");
            assertThat(q.locator("[data-test=field-error][data-pointer='/text/zh']"))
                    .isVisible();
            assertThat(q.locator("[data-test=q-text-zh]")).hasAttribute("aria-invalid", "true");
            q.fill("[data-test=q-text-zh]", "哪个负责路由？$x^2$");
            assertThat(q.locator("[data-test=field-error][data-pointer='/text/zh']"))
                    .hasCount(0);
            String[][] choices = {{"层", "Layer"}, {"路由器", "Router"}, {"嵌入", "Embedding"}, {"损失", "Loss"}};
            fillRows(q, "choice", choices);
            q.locator("[data-test=choice-row]")
                    .nth(1)
                    .locator("[data-part=correct]")
                    .check();
            // the live previews draw the math with the same code as the room
            assertThat(q.locator("[data-test=phone-preview] .katex").first()).isVisible();
            assertThat(q.locator("[data-test=big-preview] .katex").first()).isVisible();
            assertThat(q.locator("[data-test=big-preview] .choice")).hasCount(4);
            shot(q, "author-single-1280");
        });
        writeQuestion(page, "multi", "Which are optimisers?", "哪些是优化器？", q -> {
            fillRows(q, "choice", new String[][] {
                {"Adam", "Adam"}, {"ReLU", "ReLU"}, {"SGD", "SGD"}, {"层归一化", "LayerNorm"}
            });
            q.locator("[data-test=choice-row]")
                    .nth(0)
                    .locator("[data-part=correct]")
                    .check();
            q.locator("[data-test=choice-row]")
                    .nth(2)
                    .locator("[data-part=correct]")
                    .check();
        });
        writeQuestion(
                page, "true_false", "A router picks experts.", "路由器选择专家。", q -> q.check("[data-test=q-truth-true]"));
        writeQuestion(page, "numeric", "How many experts? Say 42.", "多少个专家？答 42。", q -> {
            q.fill("[data-test=q-answer]", "42");
            q.fill("[data-test=q-min]", "0");
            q.fill("[data-test=q-max]", "100");
            q.fill("[data-test=q-step]", "1");
            q.fill("[data-test=q-unit-zh]", "个");
            q.fill("[data-test=q-unit-en]", "experts");
            assertThat(q.locator("[data-test=big-preview] .hint-line")).hasText("0 – 100 experts");
        });
        writeQuestion(page, "ordering", "Put the steps in order: `alpha` first.", "按顺序排列步骤：先 `alpha`。", q -> {
            fillRows(q, "item", new String[][] {{"步骤 alpha", "alpha"}, {"步骤 beta", "beta"}, {"步骤 gamma", "gamma"}});
            assertThat(q.locator("[data-test=phone-preview] .order li")).hasCount(3);
        });
        writeQuestion(page, "typed", "Name the gate's activation.", "门控用的激活函数叫什么？", q -> {
            q.fill("[data-test=q-accepted-zh]", "softmax\n软最大");
            q.fill("[data-test=q-accepted-en]", "softmax");
        });

        assertThat(page.locator("[data-test=chosen] li")).hasCount(6);
        assertThat(page.locator("input[name=titleEn]")).hasValue("Written in the pages");
        shot(page, "author-quiz-1920");
        page.click("[data-test=save-quiz]");
        assertThat(page).hasURL(Pattern.compile(".*/quizzes/q-[^/]+$"));
        String quiz = page.url().replaceAll(".*/quizzes/", "");
        authoring.close();

        BrowserContext screen = chromium.bigScreen();
        Page host = openRoom(screen, quiz);
        String pin = host.locator("[data-test=host-pin]").textContent().trim();
        Page ada = chromium.phone("en-US").newPage();
        ada.navigate(url("/join?pin=" + pin));
        ada.fill("#nickname", "Ada");
        ada.click("form[data-test=join-form] button[type=submit]");
        assertThat(ada.locator("[data-test=lobby]")).isVisible();
        host.keyboard().press("s");

        play(ada, host, "routes tokens", () -> ada.click("[data-test=choice][data-choice=b]"), false);
        play(
                ada,
                host,
                "optimisers",
                () -> {
                    ada.click("[data-test=choice][data-choice=a]");
                    ada.click("[data-test=choice][data-choice=c]");
                    ada.click("[data-test=submit]");
                },
                false);
        play(ada, host, "picks experts", () -> ada.click("[data-test=choice][data-choice=true]"), false);
        play(
                ada,
                host,
                "How many experts",
                () -> {
                    ada.fill("[data-test=numeric-input]", "42");
                    ada.click("[data-test=submit]");
                },
                false);
        play(
                ada,
                host,
                "Put the steps",
                () -> {
                    assertThat(ada.locator("[data-test=order] li")).hasCount(3);
                    // the editor gave the items the ids a, b, c in the order written, which is the answer
                    List<String> ids = List.of("a", "b", "c");
                    for (int i = 0; i < ids.size(); i++) {
                        Locator item = ada.locator("[data-test=order] li[data-item=" + ids.get(i) + "]");
                        int at = ((Number) item.evaluate("li => [...li.parentNode.children].indexOf(li)")).intValue();
                        for (int k = at; k > i; k--) {
                            item.locator("[data-move=up]").click();
                        }
                    }
                    assertThat(ada.locator("[data-test=order] li .text"))
                            .hasText(new String[] {"alpha", "beta", "gamma"});
                    ada.click("[data-test=submit]");
                },
                false);
        play(
                ada,
                host,
                "activation",
                () -> {
                    ada.fill("[data-test=typed]", "Softmax");
                    ada.click("[data-test=submit]");
                },
                true);
        assertThat(host.locator("[data-test=podium-step][data-place='1'] .name"))
                .hasText("Ada");
        assertThat(ada.locator("[data-test=final-score]")).hasText("6000 points");
        shot(host, "author-podium-1920");
        screen.close();
    }

    @Test
    void aCsvWithABadRowNamesItsRowAndColumnAndAGoodOneSaysHowMany() throws Exception {
        Path dir = Files.createTempDirectory("import");
        String good = "moe,single,1,20,路由器选什么？,What does the router pick?,专家,Experts,层,Layers,1,路由器选择专家。,"
                + "It picks experts.\n";
        Path bad = Files.writeString(
                dir.resolve("bad.csv"),
                CSV_HEADER + good + "moe,single,1,20,第二题？,Second?,甲,A,乙,B,9,解释。,Because.\n",
                StandardCharsets.UTF_8);
        Path fine = Files.writeString(dir.resolve("good.csv"), CSV_HEADER + good + good, StandardCharsets.UTF_8);

        BrowserContext context = chromium.bigScreen();
        Page page = signIn(context, "/import");
        page.navigate(url("/quizzes"));
        page.click("[data-test=import-link]");
        assertThat(page).hasURL(Pattern.compile(".*/import$"));
        page.setInputFiles("[data-test=import-file]", bad);
        page.click("[data-test=import-submit]");
        Locator row = page.locator("[data-test=import-error-table] tbody tr");
        assertThat(row).hasCount(1);
        assertThat(row.locator("[data-test=error-row]")).hasText("3");
        assertThat(row.locator("[data-test=error-column]")).hasText("correct");
        assertThat(page.locator("[data-test=import-result]")).isHidden();
        shot(page, "author-import-error-1280");
        List<String> mine = given().auth()
                .preemptive()
                .basic("host", "host")
                .get("/api/questions?mine=true&q=router pick&lang=en")
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        assertThat(mine).as("all or nothing").isEmpty();

        page.setInputFiles("[data-test=import-file]", fine);
        page.click("[data-test=import-submit]");
        assertThat(page.locator("[data-test=import-count]")).containsText("2 questions imported");
        assertThat(page.locator("[data-test=import-errors]")).isHidden();
        page.click("[data-test=import-make-quiz]");
        assertThat(page.locator("[data-test=chosen] li")).hasCount(2);
        context.close();
    }

    @Test
    void theEditorAndTheImportPageFitAPhoneAndALaptop() {
        BrowserContext context = chromium.bigScreen();
        Page page = signIn(context, "/questions/new");
        for (int[] size : new int[][] {{390, 844}, {1280, 720}}) {
            page.setViewportSize(size[0], size[1]);
            page.navigate(url("/questions/new"));
            page.fill("[data-test=q-text-en]", "A long question about mixture-of-experts routing and `top_k`, $G(x)$?");
            fillRows(page, "choice", new String[][] {
                {"第一个比较长的选项文字", "A first, rather long choice text that wraps onto a second line"},
                {"二", "Two"},
                {"三", "Three"},
                {"四", "Four"}
            });
            assertThat(page.locator("[data-test=phone-preview] .choice")).hasCount(4);
            assertThat(page.locator("[data-test=big-preview] .katex").first()).isVisible();
            fits(page, size[0]);
            within(page, "[data-test=phone-preview]", "[data-test=phone-frame]");
            within(page, "[data-test=big-preview]", "[data-test=big-frame]");
            shot(page, "author-editor-" + size[0] + "x" + size[1]);

            page.navigate(url("/import"));
            assertThat(page.locator("[data-test=import-form]")).isVisible();
            fits(page, size[0]);
            shot(page, "author-import-" + size[0] + "x" + size[1]);
        }
        context.close();
    }

    /** Signs in through the sign-in page on the way to a host page. */
    private Page signIn(BrowserContext context, String path) {
        Page page = context.newPage();
        page.navigate(url(path));
        assertThat(page).hasURL(Pattern.compile(".*/signin\\?next=.*"));
        page.fill("#j_username", "host");
        page.fill("#j_password", "host");
        page.click("[data-test=signin-submit]");
        // Playwright hands the pattern to the browser as a JavaScript regex: no \\Q...\\E quoting there
        assertThat(page).hasURL(Pattern.compile(".*" + path.replace("?", "\\?") + "$"));
        return page;
    }

    /** From the quiz editor: writes a question, saves it, and is back with it in the quiz. */
    private void writeQuestion(Page quizEditor, String type, String en, String zh, Consumer<Page> answers) {
        int before = quizEditor.locator("[data-test=chosen] li").count();
        quizEditor.click("[data-test=write-question]");
        assertThat(quizEditor).hasURL(Pattern.compile(".*/questions/new\\?quiz=new$"));
        quizEditor.selectOption("[data-test=q-type]", type);
        quizEditor.selectOption("[data-test=q-topic]", "moe");
        quizEditor.fill("[data-test=q-time]", "60");
        quizEditor.fill("[data-test=q-text-en]", en);
        quizEditor.fill("[data-test=q-text-zh]", zh);
        quizEditor.fill("[data-test=q-explanation-en]", "Because " + en);
        quizEditor.fill("[data-test=q-explanation-zh]", "因为" + zh);
        answers.accept(quizEditor);
        quizEditor.click("[data-test=save-question]");
        assertThat(quizEditor).hasURL(Pattern.compile(".*/quizzes/new$"));
        assertThat(quizEditor.locator("[data-test=chosen] li")).hasCount(before + 1);
    }

    private static void fillRows(Page page, String kind, String[][] texts) {
        Locator rows = page.locator("[data-test=" + kind + "-row]");
        for (int i = 0; i < texts.length; i++) {
            rows.nth(i).locator("[data-part=zh]").fill(texts[i][0]);
            rows.nth(i).locator("[data-part=en]").fill(texts[i][1]);
        }
    }

    /** One question: it opens on the phone, the player answers, the answer is judged right; the host moves on. */
    private static void play(Page player, Page host, String text, Runnable answer, boolean last) {
        assertThat(player.locator("[data-test=q-text]")).containsText(text);
        answer.run();
        // the result screen shows only once the server has judged this question (its badge keeps the last text)
        assertThat(player.locator("[data-test=result]")).isVisible();
        shot(player, "author-result-" + text.replaceAll("[^A-Za-z]+", "-").toLowerCase(java.util.Locale.ROOT));
        assertThat(player.locator("[data-test=result]")).containsText("Correct");
        assertThat(player.locator("[data-test=result]")).not().containsText("Wrong");
        host.keyboard().press("n"); // standings, or the podium after the last question
        if (!last) {
            assertThat(host.locator("[data-test=standings] li")).hasCount(1);
            host.keyboard().press("n");
        }
    }

    /** Nothing sticks out of the viewport sideways. */
    private static void fits(Page page, int width) {
        assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
                .as("no horizontal scrolling at " + width)
                .isTrue();
        BoundingBox main = page.locator("main").boundingBox();
        assertThat(main.x).isGreaterThanOrEqualTo(0);
        assertThat(main.x + main.width).isLessThanOrEqualTo(width + 0.5);
    }

    /** The preview, as drawn (scaled), lies inside its frame. */
    private static void within(Page page, String inner, String outer) {
        BoundingBox in = page.locator(inner).boundingBox();
        BoundingBox out = page.locator(outer).boundingBox();
        assertThat(in.width).as(inner + " drawn").isGreaterThan(100);
        assertThat(in.x).as(inner + " left").isGreaterThanOrEqualTo(out.x - 0.5);
        assertThat(in.y).as(inner + " top").isGreaterThanOrEqualTo(out.y - 0.5);
        assertThat(in.x + in.width).as(inner + " right").isLessThanOrEqualTo(out.x + out.width + 0.5);
        assertThat(in.y + in.height).as(inner + " bottom").isLessThanOrEqualTo(out.y + out.height + 0.5);
    }

    private static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENS.resolve(name + ".png")));
    }
}
