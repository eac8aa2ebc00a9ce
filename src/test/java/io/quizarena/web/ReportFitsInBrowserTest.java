package io.quizarena.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.nio.file.Paths;
import java.util.List;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The trainer's report page (the scripted report of training/report/ScriptedReportSource) on a 360x740 phone and a
 * 1920x1080 projector, in both languages: nothing sticks out sideways, every chart stays inside the page, the big
 * numbers are big on the projector, and axe finds nothing. Screenshots: /tmp/h-report-*.png.
 */
@QuarkusTest
@TestProfile(BrowserTestProfile.class)
@Tag("real-services")
class ReportFitsInBrowserTest extends BrowserTestSupport {

    static final int[][] SIZES = {{360, 740}, {1920, 1080}};

    final SoftAssertions layout = new SoftAssertions();

    @Test
    void theReportFitsAPhoneAndAProjectorInBothLanguages() {
        BrowserContext context = chromium.bigScreen();
        Page page = context.newPage();
        page.navigate(url("/signin?next=/reports/assignments/a1"));
        page.fill("#j_username", "host");
        page.fill("#j_password", "host");
        page.click("[data-test=signin-submit]");
        assertThat(page).hasURL(Pattern.compile(".*/reports/assignments/a1"));
        assertThat(page.locator("[data-test=report-title]")).hasText("MoE weekly drill");
        assertThat(page.locator("[data-test=hard-question]")).hasCount(4);
        assertThat(page.locator("[data-test=player-row]")).hasCount(4);
        assertThat(page.locator("svg[role=img]")).hasCount(2 + 3);
        check(page, "assignment-en");

        page.navigate(url("/lang/zh?next=/reports/games/g1"));
        assertThat(page.locator("[data-test=report-title]")).hasText("混合专家周练");
        check(page, "game-zh");
        context.close();
        layout.assertAll();
    }

    private void check(Page page, String name) {
        for (int[] size : SIZES) {
            ScreensFitInBrowserTest.resize(page, size);
            String at = name + " at " + ScreensFitInBrowserTest.label(size);
            @SuppressWarnings("unchecked")
            List<String> found = (List<String>) page.evaluate(ScreensFitInBrowserTest.OVERFLOW, size[0]);
            layout.assertThat(found).as("%s: sideways overflow", at).isEmpty();
            for (Locator chart : page.locator("svg[role=img]").all()) {
                BoundingBox box = chart.boundingBox();
                layout.assertThat(box.x)
                        .as("%s: a chart starts inside the page", at)
                        .isGreaterThanOrEqualTo(0);
                layout.assertThat(box.x + box.width)
                        .as("%s: a chart ends inside the page", at)
                        .isLessThanOrEqualTo(size[0]);
                layout.assertThat(box.width)
                        .as("%s: a chart is wide enough to read", at)
                        .isGreaterThan(250);
            }
            BoundingBox wrap = page.locator("[data-test=players-wrap]").boundingBox();
            layout.assertThat(wrap.x + wrap.width)
                    .as("%s: the players' box ends inside the page", at)
                    .isLessThanOrEqualTo(size[0]);
            double number = Double.parseDouble((String)
                    page.evaluate("() => getComputedStyle(document.querySelector('[data-test=fact-correct]')).fontSize"
                            + ".replace('px', '')"));
            layout.assertThat(number)
                    .as("%s: the big numbers' size", at)
                    .isGreaterThanOrEqualTo(size[0] >= 1600 ? 48 : 24);
            page.screenshot(new Page.ScreenshotOptions()
                    .setFullPage(true)
                    .setPath(Paths.get("/tmp/h-report-" + name + "-" + ScreensFitInBrowserTest.label(size) + ".png")));
            List<String> violations = Axe.violations(page);
            layout.assertThat(violations).as("%s: axe", at).isEmpty();
        }
    }
}
