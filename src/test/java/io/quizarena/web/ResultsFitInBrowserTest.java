package io.quizarena.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The results page and the leaderboard list hold on phones and use a projector's width (issue 14): a game of ten
 * questions and twelve players, some with long names, is saved as the room saves it, then both pages are measured at
 * 360x740, 390x844, 1280x720 and 1920x1080 from element boxes. Screenshots: target/screens/.
 */
@QuarkusTest
@TestProfile(BrowserTestProfile.class)
@Tag("real-services")
class ResultsFitInBrowserTest extends BrowserTestSupport {

    static final int[][] SIZES = {{360, 740}, {390, 844}, {1280, 720}, {1920, 1080}};
    static final int QUESTIONS = 10;

    @Inject
    DataSource dataSource;

    final SoftAssertions layout = new SoftAssertions();

    @Test
    void theResultsPageAndTheLeaderboardListFitEveryScreen() throws SQLException {
        String game = savedGame();
        sameNamedTeams();
        BrowserContext context = chromium.bigScreen();
        Page page = context.newPage();
        page.navigate(url("/signin?next=/results/" + game));
        page.fill("#j_username", "host");
        page.fill("#j_password", "host");
        page.click("[data-test=signin-submit]");
        assertThat(page).hasURL(Pattern.compile(".*/results/" + game));
        assertThat(page.locator("[data-test=results-title]")).hasText("Mixture of Experts (MoE)");
        assertThat(page.locator("[data-test=question-stat]")).hasCount(QUESTIONS);
        for (int[] size : SIZES) {
            measure(page, "results", size);
            BoundingBox table = page.locator("[data-test=results-table]").boundingBox();
            BoundingBox wrap = page.locator("[data-test=results-wrap]").boundingBox();
            layout.assertThat(wrap.x + wrap.width)
                    .as("the players' box ends inside the page at %s", label(size))
                    .isLessThanOrEqualTo(size[0]);
            if (size[0] >= 1280) {
                layout.assertThat(table.width)
                        .as("the players' table uses the width at %s", label(size))
                        .isGreaterThan(0.6 * size[0]);
                BoundingBox stats = page.locator("[data-test=question-stats]").boundingBox();
                layout.assertThat(stats.width)
                        .as("the questions use the width at %s", label(size))
                        .isGreaterThan(0.6 * size[0]);
            }
        }

        page.navigate(url("/leaderboards"));
        assertThat(page.locator("[data-test=board-card]").first()).isVisible();
        assertThat(page.locator("[data-board=teams] .name-tag")).hasCount(2);
        for (int[] size : SIZES) {
            measure(page, "leaderboards", size);
            // no card is an empty box: each has its top entries or says it has none
            for (var card : page.locator("[data-test=board-card]").all()) {
                layout.assertThat(card.locator("[data-test=board-top], [data-test=board-no-scores]")
                                .count())
                        .isEqualTo(1);
            }
        }
        context.close();
        layout.assertAll();
    }

    /** Nothing sticks out sideways (the shared check of ScreensFitInBrowserTest), and a screenshot. */
    void measure(Page page, String name, int[] size) {
        ScreensFitInBrowserTest.resize(page, size);
        @SuppressWarnings("unchecked")
        List<String> found = (List<String>) page.evaluate(ScreensFitInBrowserTest.OVERFLOW, size[0]);
        layout.assertThat(found)
                .as("%s at %s: sideways overflow", name, label(size))
                .isEmpty();
        page.screenshot(new Page.ScreenshotOptions()
                .setFullPage(true)
                .setPath(ScreensFitInBrowserTest.SCREENS.resolve(name + "-" + label(size) + ".png")));
    }

    static String label(int[] size) {
        return ScreensFitInBrowserTest.label(size);
    }

    /** Ten bank questions, twelve players; every player answers most questions. */
    private String savedGame() throws SQLException {
        String id = UUID.randomUUID().toString();
        List<String> questions = new ArrayList<>();
        for (int i = 1; i <= QUESTIONS; i++) {
            questions.add(String.format("moe-%03d", i));
        }
        try (Connection c = dataSource.getConnection()) {
            exec(
                    c,
                    "insert into game (id, pin, quiz_id, host, status, settings, question_ids, questions_played,"
                            + " player_count, started_at, ended_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    id,
                    "482913",
                    "topic-moe",
                    "host",
                    "ENDED_EARLY",
                    "{}",
                    String.join(",", questions),
                    QUESTIONS,
                    12,
                    Timestamp.from(Instant.parse("2026-01-01T10:00:00Z")),
                    Timestamp.from(Instant.parse("2026-01-01T10:12:30Z")));
            for (int p = 0; p < 12; p++) {
                String player = "p" + p;
                String nickname = p % 4 == 0 ? "Ada Lovelace-Byron the Second " + p : "Player " + p;
                exec(
                        c,
                        "insert into game_player (game_id, player_id, nickname, guest_id, user_id, team, score,"
                                + " correct_count, final_rank) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        id,
                        player,
                        nickname,
                        "g_" + p,
                        null,
                        null,
                        9000 - 500 * p,
                        QUESTIONS - p % QUESTIONS,
                        p + 1);
                for (int q = 0; q < QUESTIONS; q++) {
                    if ((p + q) % 5 == 4) {
                        continue; // some questions left unanswered
                    }
                    boolean right = (p + q) % 3 != 0;
                    String submission = q % 2 == 0
                            ? "{\"choiceIds\":[\"a\",\"c\"]}"
                            : "{\"text\":\"a rather long free-text answer that must not widen its column\"}";
                    exec(
                            c,
                            "insert into game_answer (game_id, player_id, question_index, question_id, submission,"
                                    + " credit, correct, points, response_ms) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            id,
                            player,
                            q,
                            questions.get(q),
                            submission,
                            right ? 1.0 : 0.0,
                            right,
                            right ? 900 : 0,
                            1000L + 700L * q + 30L * p);
                }
            }
        }
        return id;
    }

    /** The teams board (counted entry by entry) with two teams of one name, so the list shows their tags. */
    private void sameNamedTeams() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            String[][] teams = {
                {"red-1", "Red Dragons of the Northern Office"},
                {"red-2", "Red Dragons of the" + " Northern Office"},
                {"blue", "Blue"}
            };
            long points = 3000;
            for (String[] t : teams) {
                exec(
                        c,
                        "insert into board_entry (board, entrant, display_name, points, correct, games, updated_at)"
                                + " values ('teams', ?, ?, ?, 3, 1, ?)",
                        t[0] + "-" + UUID.randomUUID().toString().substring(0, 6),
                        t[1],
                        points * 1000,
                        Timestamp.from(Instant.now()));
                points -= 100;
            }
        }
    }

    private static void exec(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null) {
                    s.setNull(i + 1, java.sql.Types.VARCHAR);
                } else {
                    s.setObject(i + 1, values[i]);
                }
            }
            s.executeUpdate();
        }
    }
}
