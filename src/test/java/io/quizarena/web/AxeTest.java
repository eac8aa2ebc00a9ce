package io.quizarena.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The axe helper can fail: it names low contrast and a missing label, and passes a page without them. No server. */
@Tag("real-services")
class AxeTest {

    static final String PAGE = """
            <!doctype html><html lang="en"><head><title>Axe</title></head>
            <body><main><h1>A heading</h1><form><label for="n">Nickname</label><input id="n"></form>
            <p style="%s">Some text to read</p></main></body></html>""";

    static Chromium chromium;
    static BrowserContext context;

    @BeforeAll
    static void launch() {
        chromium = new Chromium();
        context = chromium.phone("en-US");
    }

    @AfterAll
    static void quit() {
        chromium.close();
    }

    @Test
    void aPageThatFollowsTheRulesPasses() {
        Page page = context.newPage();
        page.setContent(PAGE.formatted("color: #4b5563; background: #ffffff"));
        assertThat(Axe.violations(page)).isEmpty();
        page.close();
    }

    @Test
    void greyTextOnWhiteIsNamedWithItsElement() {
        Page page = context.newPage();
        // 2.5:1, where text needs 4.5:1
        page.setContent(PAGE.formatted("color: #9ca3af; background: #ffffff"));
        assertThatThrownBy(() -> Axe.assertNoViolations(page, "grey text"))
                .hasMessageContaining("grey text: 1 accessibility violation")
                .hasMessageContaining("color-contrast (serious) at [p]");
        page.close();
    }

    @Test
    void anInputWithoutALabelIsNamed() {
        Page page = context.newPage();
        page.setContent(PAGE.formatted("").replace("<label for=\"n\">Nickname</label>", ""));
        assertThat(Axe.violations(page)).anySatisfy(line -> assertThat(line).startsWith("label (critical) at [#n]"));
        page.close();
    }
}
