package io.quizarena.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The trainer's assignment pages: hosts only, both languages, the create form with the quizzes a host may use, the
 * share page with its QR code (which reads as the training link), and the results page's link to the team report.
 */
@QuarkusTest
class AssignmentPagesTest {

    @Inject
    DataSource dataSource;

    @Test
    void anonymousReadersAreSentToSignInAndPlayersAreRefused() {
        for (String path : new String[] {"/assignments", "/assignments/a-1"}) {
            Response r = given().redirects().follow(false).get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(303);
            assertThat(r.header("Location"))
                    .as(path)
                    .endsWith("/signin?next=" + URLEncoder.encode(path, StandardCharsets.UTF_8));
            given().auth()
                    .preemptive()
                    .basic("player", "player")
                    .get(path)
                    .then()
                    .statusCode(403)
                    .contentType(containsString("text/html"));
        }
    }

    @Test
    void theListHasTheCreateFormWithTheQuizzesAHostMayUse() {
        given().auth()
                .preemptive()
                .basic("host", "host")
                .header("Accept-Language", "en")
                .get("/assignments?quiz=topic-moe")
                .then()
                .statusCode(200)
                .body(containsString("<h1>Assignments</h1>"))
                .body(containsString("data-test=\"assign-form\""))
                .body(containsString("<option value=\"topic-moe\" selected>"))
                .body(containsString("value=\"topic-rag\""))
                .body(containsString("name=\"deadline\" type=\"datetime-local\" required"))
                .body(containsString("name=\"attemptsAllowed\" type=\"number\" min=\"1\" max=\"10\""))
                .body(containsString("name=\"timeLimitSeconds\" type=\"number\" min=\"5\" max=\"600\""))
                .body(containsString("name=\"showExplanations\" checked"))
                .body(containsString("name=\"shuffle\" data-field"))
                .body(containsString("name=\"speed\" data-field=\"scoring\""))
                .body(containsString("/js/assignments.js"))
                .body(containsString("/css/assignments.css"));
        given().auth()
                .preemptive()
                .basic("host", "host")
                .header("Accept-Language", "zh-CN")
                .get("/assignments")
                .then()
                .statusCode(200)
                .body(containsString("<h1>作业</h1>"))
                .body(containsString("布置新作业"))
                .body(not(containsString("New assignment")));
    }

    @Test
    void theSharePageShowsTheQrCodeAndLinksToTheReport() {
        given().auth()
                .preemptive()
                .basic("host", "host")
                .header("Accept-Language", "en")
                .get("/assignments/a-42")
                .then()
                .statusCode(200)
                .body(containsString("data-id=\"a-42\""))
                .body(containsString("<img id=\"share-qr\" src=\"/assignments/a-42/qr.svg\""))
                .body(containsString("href=\"/reports/assignments/a-42\""))
                .body(containsString("Copy link"))
                .body(containsString("/js/assignment-share.js"));
        given().auth()
                .preemptive()
                .basic("host", "host")
                .header("Accept-Language", "zh")
                .get("/assignments/a-42")
                .then()
                .statusCode(200)
                .body(containsString("分享作业"))
                .body(containsString("复制链接"))
                .body(not(containsString("Copy link")));
        // not an id: the not-found page, not a page whose script asks the API for it
        given().auth()
                .preemptive()
                .basic("host", "host")
                .get("/assignments/a%20b")
                .then()
                .statusCode(404)
                .contentType(containsString("text/html"));
    }

    @Test
    void theQrCodeReadsAsTheTrainingLink() throws Exception {
        String svg = given().get("/assignments/a-42/qr.svg")
                .then()
                .statusCode(200)
                .contentType(containsString("image/svg+xml"))
                .header("Cache-Control", containsString("private"))
                .extract()
                .asString();
        assertThat(JoinQrTest.decode(svg)).isEqualTo("http://localhost:" + RestAssured.port + "/train/a-42");
        assertThat(JoinQrTest.decode(given().get("/assignments/B_7/qr.svg").asString()))
                .endsWith("/train/B_7");
    }

    @Test
    void theQrCodeFollowsATrustedProxysAddress() throws Exception {
        // the test profile trusts no proxy: forwarded headers do not move the link
        String svg = given().header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-Proto", "https")
                .get("/assignments/a-42/qr.svg")
                .asString();
        assertThat(JoinQrTest.decode(svg)).startsWith("http://localhost:");
    }

    @Test
    void aBadIdGetsNoCode() {
        given().get("/assignments/" + "x".repeat(65) + "/qr.svg")
                .then()
                .statusCode(400)
                .contentType(containsString("application/problem+json"))
                .body("type", equalTo("urn:quiz-arena:problem:invalid-input"))
                .body("errors.field", hasItem("/id"));
        given().get("/assignments/a.b/qr.svg").then().statusCode(400);
    }

    @Test
    void theResultsPageLinksToTheTeamReport() throws SQLException {
        String game = UUID.randomUUID().toString();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("insert into game (id, pin, quiz_id, host, status, settings,"
                        + " question_ids, questions_played, player_count, started_at, ended_at)"
                        + " values (?, '482913', 'topic-moe', 'host', 'FINISHED', '{}', 'moe-001', 1, 0, ?, ?)")) {
            s.setString(1, game);
            s.setTimestamp(2, Timestamp.from(Instant.parse("2026-01-01T10:00:00Z")));
            s.setTimestamp(3, Timestamp.from(Instant.parse("2026-01-01T10:05:00Z")));
            s.executeUpdate();
        }
        for (String[] lang : new String[][] {{"en", "Team report"}, {"zh", "团队报告"}}) {
            given().auth()
                    .preemptive()
                    .basic("host", "host")
                    .header("Accept-Language", lang[0])
                    .get("/results/" + game)
                    .then()
                    .statusCode(200)
                    .body(containsString(
                            "href=\"/reports/games/" + game + "\" data-test=\"team-report-link\">" + lang[1] + "</a>"));
        }
    }

    @Test
    void everyEnglishAssignmentTextHasAChineseOne() throws Exception {
        Properties zh = new Properties();
        try (var in = getClass().getResourceAsStream("/messages/assign_zh.properties")) {
            zh.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> keys = Arrays.stream(AssignmentMessages.class.getDeclaredMethods())
                .map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(new TreeSet<>(zh.stringPropertyNames())).isEqualTo(keys);
        for (String key : keys) {
            assertThat(zh.getProperty(key))
                    .as(key)
                    .matches(v -> v.codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF));
        }
    }
}
