package io.quizarena.web;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;

/**
 * axe-core (from the test classpath) run on the page as it is now: the WCAG 2.0 and 2.1 A and AA rules, colour
 * contrast included, and axe's best practices (one h1, landmarks, heading order), docs/adr/0023. Playwright evaluates
 * axe's script through the DevTools protocol, which the page's Content-Security-Policy does not govern, so the pages
 * keep their production policy during the check.
 */
final class Axe {

    static final List<String> RULES = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");

    private Axe() {}

    /** One line per element that breaks a rule: rule id, impact, target selector and what is wrong; empty if none. */
    static List<String> violations(Page page) {
        // legacy mode runs axe in the page itself: our pages have no frames, and the default mode opens a blank page
        // in a new context on every run
        AxeResults results =
                new AxeBuilder(page).withTags(RULES).setLegacyMode(true).analyze();
        if (results.getErrorMessage() != null) {
            throw new IllegalStateException("axe did not run: " + results.getErrorMessage());
        }
        List<String> found = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                found.add(String.format(
                        "%s (%s) at %s: %s. %s",
                        rule.getId(), rule.getImpact(), node.getTarget(), rule.getHelp(), summary(node)));
            }
        }
        return found;
    }

    /** Fails with every violation listed. */
    static void assertNoViolations(Page page, String what) {
        List<String> found = violations(page);
        if (!found.isEmpty()) {
            throw new AssertionError(
                    what + ": " + found.size() + " accessibility violation(s)\n  " + String.join("\n  ", found));
        }
    }

    private static String summary(CheckedNode node) {
        String summary = node.getFailureSummary();
        return summary == null ? "" : summary.replaceAll("\\s*\\n\\s*", " ").trim();
    }
}
