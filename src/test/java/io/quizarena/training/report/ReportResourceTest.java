package io.quizarena.training.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

/** The report endpoints on the scripted source: its owner and admins read it, others get coded problems. */
@QuarkusTest
class ReportResourceTest {

    @Test
    @TestSecurity(user = "host", roles = "host")
    void theOwnerReadsTheAssignmentsReport() {
        given().get("/api/assignments/a1/report")
                .then()
                .statusCode(200)
                .contentType("application/json")
                .body("kind", equalTo("assignment"))
                .body("questionCount", equalTo(5))
                .body("questions[1].shareCorrect", equalTo(1 / 3.0f))
                .body("questions[4].shareCorrect", nullValue())
                .body("hardest.number", contains(4, 2, 3, 1))
                .body("topics.topic", contains("rag", "moe", "alignment"))
                .body("players.nickname", contains("Ada", "=1+2", "Bo", "Dee"));
    }

    @Test
    @TestSecurity(user = "host", roles = "host")
    void theOwnerDownloadsBothFilesInTheAskedLanguage() throws IOException {
        String csv = given().get("/api/games/g1/report.csv?lang=zh")
                .then()
                .statusCode(200)
                .contentType("text/csv")
                .header("Content-Disposition", containsString("quiz-arena-report-game-g1.csv"))
                .extract()
                .asString();
        assertThat(csv).contains("昵称,队伍,得分").contains("'=1+2");
        byte[] xlsx = given().header("Accept-Language", "en")
                .get("/api/assignments/a1/report.xlsx")
                .then()
                .statusCode(200)
                .contentType(ReportXlsx.MEDIA_TYPE)
                .header("Content-Disposition", containsString(".xlsx"))
                .extract()
                .asByteArray();
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheets().map(Sheet::getName))
                    .containsExactly("Questions", "Choices", "Topics", "Players");
            assertThat(book.findSheet("Players")
                            .orElseThrow()
                            .read()
                            .get(1)
                            .getCell(0)
                            .asString())
                    .isEqualTo("Ada");
        }
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void anAdminReadsAnyReport() {
        given().get("/api/games/g1/report").then().statusCode(200).body("kind", equalTo("game"));
    }

    @Test
    @TestSecurity(user = "host2", roles = "host")
    void anotherHostIsRefusedWithACode() {
        for (String path :
                new String[] {"/api/assignments/a1/report", "/api/games/g1/report.csv", "/api/games/g1/report.xlsx"}) {
            given().get(path)
                    .then()
                    .statusCode(403)
                    .contentType("application/problem+json")
                    .body("code", equalTo("not_report_owner"))
                    .body("status", equalTo(403));
        }
    }

    @Test
    @TestSecurity(user = "host", roles = "host")
    void unknownIdsAreNotFoundWithTheirCodes() {
        given().get("/api/assignments/nope/report")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("unknown_assignment"));
        given().get("/api/games/nope/report.xlsx")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("unknown_game"));
    }

    @Test
    void anonymousCallersMustSignIn() {
        given().get("/api/assignments/a1/report").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "host", roles = "host")
    void theReportsPathsLiveBesideTheOtherResourcesUnderTheSamePrefixes() {
        // a class on /api/assignments with {id} paths (AssignmentPathsProbe) and the results' /api/games class
        given().get("/api/assignments/a1/paths-probe").then().statusCode(200).body(equalTo("probe a1"));
        given().get("/api/assignments/a1/paths-probe/x").then().statusCode(200);
        given().get("/api/assignments/a1/report.csv").then().statusCode(200);
        given().get("/api/games").then().statusCode(200);
        given().get("/api/games/g1/report").then().statusCode(200);
        // served by the results' resource (which refuses the id), not lost between the two classes (a bare 404)
        given().get("/api/games/g1/results.csv").then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "host", roles = "host")
    void theOwnersPageShowsTheChartsAndLinksTheFiles() {
        given().header("Accept-Language", "zh-CN")
                .get("/reports/games/g1")
                .then()
                .statusCode(200)
                .contentType("text/html")
                .body(containsString("现场游戏报告"))
                .body(containsString("role=\"img\""))
                .body(containsString("Q4 · 1 &lt; 2 &amp; &quot;对&quot;？"))
                .body(containsString("href=\"/api/games/g1/report.xlsx?lang=zh\""))
                .body(containsString("=1+2"));
        given().get("/reports/assignments/nope").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "host2", roles = "host")
    void anotherHostsPageSaysWhoseReportItIs() {
        given().get("/reports/assignments/a1")
                .then()
                .statusCode(403)
                .contentType("text/html")
                .body(containsString("Not your report"))
                .body(org.hamcrest.Matchers.not(containsString("MoE weekly drill")));
    }

    @Test
    @TestSecurity(user = "player", roles = "player")
    void aPlayerIsToldThePageIsForHosts() {
        given().get("/reports/assignments/a1").then().statusCode(403).body(containsString("forbidden"));
    }
}
