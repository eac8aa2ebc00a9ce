package io.quizarena.packaged;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pages render from their templates in both languages, with their scripts, styles and browser libraries. */
@QuarkusIntegrationTest
@TestProfile(LocalServices.class)
class PagesIT {

    static final List<String> PAGES = List.of(
            "/",
            "/join?pin=123456",
            "/play?pin=123456&nickname=Ada",
            "/quizzes",
            "/quizzes/topic-moe",
            "/leaderboards",
            "/leaderboards/global",
            "/leaderboards/weekly");

    @Test
    void everyPublicPageRendersInEnglish() {
        for (String page : PAGES) {
            given().header("Accept-Language", "en")
                    .get(page)
                    .then()
                    .statusCode(200)
                    .contentType(startsWith("text/html"))
                    .body(containsString("<html lang=\"en\">"));
        }
        given().header("Accept-Language", "en").get("/").then().body(containsString(">Quizzes</a>"));
    }

    @Test
    void everyPublicPageRendersInChinese() {
        for (String page : PAGES) {
            given().header("Accept-Language", "zh-CN,zh;q=0.9")
                    .get(page)
                    .then()
                    .statusCode(200)
                    .body(containsString("<html lang=\"zh-CN\">"));
        }
        given().header("Accept-Language", "zh-CN").get("/").then().body(containsString(">测验</a>"));
        given().cookie("quiz-arena-lang", "zh").get("/").then().statusCode(200).body(containsString("来一场关于大模型的实时问答"));
    }

    @Test
    void aSignedInHostSeesTheHostPages() {
        given().redirects()
                .follow(false)
                .get("/host")
                .then()
                .statusCode(303)
                .header("Location", containsString("/signin"));
        given().auth()
                .oauth2(Keycloak.token("host"))
                .get("/host")
                .then()
                .statusCode(200)
                .body(containsString("data-test=\"signout\">Sign out (host)"))
                .body(containsString("topic-moe"));
        given().auth()
                .oauth2(Keycloak.token("host"))
                .get("/quizzes/new")
                .then()
                .statusCode(200)
                .body(containsString("data-test=\"editor\""));
    }

    @Test
    void anUnknownPageAnswersTheNotFoundPage() {
        given().get("/quizzes/no-such-quiz").then().statusCode(404).body(containsString("data-test=\"not-found\""));
    }

    @Test
    void scriptsStylesLibrariesAndTheQrCode() {
        for (String asset : List.of(
                "/css/app.css",
                "/js/play.js",
                "/js/host.js",
                "/webjars/katex/dist/katex.min.js",
                "/webjars/prismjs/components/prism-core.min.js")) {
            given().get(asset).then().statusCode(200);
        }
        given().get("/join/qr.svg?pin=123456")
                .then()
                .statusCode(200)
                .contentType(startsWith("image/svg+xml"))
                .body(containsString("<svg"));
    }
}
