package io.quizarena.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.quizarena.testing.HostContent.quizOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The big screen on another device and the controls on the host's phone (docs/adr/0019): a room opened on a laptop is
 * picked from the host's list on the projector's PC, signed in there as the same host; a phone signed in as them is
 * the remote; both move the game. Another host is refused. Screenshots: target/screens/bigscreen-*.png.
 */
@QuarkusTest
@TestProfile(BrowserTestProfile.class)
@Tag("real-services")
class BigScreenElsewhereInBrowserTest extends BrowserTestSupport {

    static final Path SCREENS = Paths.get("target", "screens");
    static final int PHONE_WIDTH = 390;
    static final int PHONE_HEIGHT = 844;

    @Test
    void theRoomIsShownOnAnotherDeviceAndControlledFromAPhone() {
        String quiz = quizOf(List.of(
                PlayInBrowserTest.single("第一题？", "First question?", "b"),
                PlayInBrowserTest.single("第二题？", "Second question?", "c")));
        Page laptop = openRoom(chromium.bigScreen(), quiz);
        String pin = laptop.locator("[data-test=host-pin]").textContent().trim();
        assertThat(laptop.locator("[data-test=lobby-pin]")).hasText(pin);

        // the projector's PC: a fresh browser, the same host signs in and picks the room from the list
        Page screen = signIn(chromium.bigScreen(), "host", "/host");
        Locator listed = screen.locator("[data-test=open-room][data-pin='" + pin + "']");
        assertThat(listed).containsText(pin);
        listed.locator("[data-test=open-room-screen]").click();
        assertThat(screen).hasURL(Pattern.compile(".*/host/room/" + pin));
        assertThat(screen.locator("[data-test=lobby-pin]")).hasText(pin);
        assertThat(screen.locator("[data-test=join-url]")).hasText(url("/join?pin=" + pin));
        // one big screen at a time: the laptop's gives way
        assertThat(laptop.locator("[data-test=ended]")).hasText("This room is now hosted from another window.");

        Page ada = chromium.phone("en-US").newPage();
        ada.navigate(url("/join?pin=" + pin));
        ada.fill("#nickname", "Ada");
        ada.click("form[data-test=join-form] button[type=submit]");
        assertThat(ada.locator("[data-test=lobby]")).isVisible();
        assertThat(screen.locator("[data-test=lobby-count]")).hasText("1");

        // the host's phone: signed in as them, the remote of the same room, beside the big screen
        Page remote = signIn(chromium.phone("en-US"), "host", "/host");
        remote.locator("[data-test=open-room][data-pin='" + pin + "'] [data-test=open-room-remote]")
                .click();
        assertThat(remote).hasURL(Pattern.compile(".*/host/room/" + pin + "\\?view=remote"));
        assertThat(remote.locator("[data-test=host-views]")).hasText("Big screen connected");
        assertThat(screen.locator("[data-test=host-views]")).hasText("Phone controls connected");
        assertThat(remote.locator("[data-test=lobby-count]")).hasText("1");
        fitsThePhone(remote, "lobby", "remote-start", "remote-lock");

        // the projector's PC starts the game; the phone follows it
        screen.locator("[data-test=start]").click();
        assertThat(ada.locator("[data-test=q-text]")).containsText("First question?");
        assertThat(remote.locator("[data-test=host-q-text]")).hasText("First question?");
        fitsThePhone(remote, "question", "pause", "skip", "end");
        PlayInBrowserTest.choose(ada, "b");
        assertThat(screen.locator("[data-test=chart]")).isVisible();
        assertThat(remote.locator("[data-test=chart] [data-choice=b]")).hasAttribute("data-correct", "true");
        fitsThePhone(remote, "reveal", "next", "pause", "end");

        // the phone moves on to the standings; the projector's keyboard to the next question
        remote.locator("[data-test=next]").click();
        assertThat(screen.locator("[data-test=standings] li")).hasCount(1);
        assertThat(remote.locator("[data-test=standings] li")).hasCount(1);
        fitsThePhone(remote, "standings", "next", "pause", "end");
        screen.keyboard().press("n");
        assertThat(ada.locator("[data-test=q-text]")).containsText("Second question?");
        assertThat(remote.locator("[data-test=host-q-text]")).hasText("Second question?");
        PlayInBrowserTest.choose(ada, "c");
        assertThat(remote.locator("[data-test=chart]")).isVisible();
        remote.locator("[data-test=next]").click();
        assertThat(screen.locator("[data-test=podium-step]")).hasCount(1);
        assertThat(remote.locator("[data-test=podium-step]")).hasCount(1);
        fitsThePhone(remote, "podium");
        screen.screenshot(new Page.ScreenshotOptions().setPath(SCREENS.resolve("bigscreen-podium-screen.png")));
    }

    @Test
    void anotherHostIsRefusedWithAClearMessage() {
        String quiz = quizOf(List.of(PlayInBrowserTest.single("一题？", "One question?", "a")));
        Page laptop = openRoom(chromium.bigScreen(), quiz);
        String pin = laptop.locator("[data-test=host-pin]").textContent().trim();

        Page other = signIn(chromium.bigScreen(), "host2", "/host");
        assertThat(other.locator("[data-test=open-room][data-pin='" + pin + "']"))
                .hasCount(0);
        other.navigate(url("/host/room/" + pin));
        assertThat(other.locator("[data-test=no-token]"))
                .hasText("This room was opened by another account. Sign in as the host who opened it.");
        other.screenshot(new Page.ScreenshotOptions().setPath(SCREENS.resolve("bigscreen-refused.png")));
        // the room's own screen is untouched
        assertThat(laptop.locator("[data-test=lobby-pin]")).hasText(pin);
        assertThat(laptop.locator("[data-test=ended]")).isHidden();
    }

    private Page signIn(BrowserContext context, String user, String path) {
        Page page = context.newPage();
        page.navigate(url(path));
        assertThat(page).hasURL(Pattern.compile(".*/signin\\?next=.*"));
        page.fill("#j_username", user);
        page.fill("#j_password", user);
        page.click("[data-test=signin-submit]");
        assertThat(page).hasURL(Pattern.compile(".*" + path + "$"));
        return page;
    }

    /**
     * The remote at 390x844, from element boxes: nothing sticks out sideways; the bar sits in the lower half, in
     * thumb reach, fully on screen; the given controls show there, each a full-size target; the screen's content ends
     * above the bar.
     */
    private static void fitsThePhone(Page remote, String name, String... controls) {
        assertThat(remote.viewportSize().width).isEqualTo(PHONE_WIDTH);
        remote.waitForFunction(ScreensFitInBrowserTest.SETTLED);
        @SuppressWarnings("unchecked")
        List<String> overflow = (List<String>) remote.evaluate(ScreensFitInBrowserTest.OVERFLOW, PHONE_WIDTH);
        assertThat(overflow).as("%s: sideways overflow", name).isEmpty();
        BoundingBox bar = remote.locator(".host-controls").boundingBox();
        assertThat(bar.y)
                .as("%s: the control bar is in the lower half", name)
                .isGreaterThanOrEqualTo(PHONE_HEIGHT / 2.0);
        assertThat(bar.y + bar.height)
                .as("%s: the control bar ends on screen", name)
                .isLessThanOrEqualTo(PHONE_HEIGHT);
        for (String control : controls) {
            Locator button = remote.locator("[data-test=" + control + "]");
            assertThat(button).isVisible();
            BoundingBox box = button.boundingBox();
            assertThat(box.height)
                    .as("%s: %s is a full-size target", name, control)
                    .isGreaterThanOrEqualTo(48);
            assertThat(box.x).as("%s: %s starts on screen", name, control).isGreaterThanOrEqualTo(0);
            assertThat(box.x + box.width)
                    .as("%s: %s ends on screen", name, control)
                    .isLessThanOrEqualTo(PHONE_WIDTH);
            assertThat(box.y).as("%s: %s is inside the bar", name, control).isGreaterThanOrEqualTo(bar.y);
            assertThat(box.y + box.height)
                    .as("%s: %s ends on screen", name, control)
                    .isLessThanOrEqualTo(PHONE_HEIGHT);
        }
        BoundingBox shown = remote.locator(".host-app > .screen:not([hidden])").boundingBox();
        assertThat(shown.y + shown.height)
                .as("%s: the screen ends above the bar", name)
                .isLessThanOrEqualTo(bar.y + 1);
        remote.screenshot(new Page.ScreenshotOptions().setPath(SCREENS.resolve("bigscreen-remote-" + name + ".png")));
    }
}
