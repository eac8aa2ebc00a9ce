package io.quizarena.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** The pages render in both languages, keep the language switch, prefill the PIN and send hosts to sign in. */
@QuarkusTest
class WebPagesTest {

    @Test
    void theHomePageSpeaksTheReadersLanguage() {
        given().header("Accept-Language", "en-GB,en;q=0.9")
                .get("/")
                .then()
                .statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("Join a game"))
                .body(containsString("href=\"/leaderboards\""))
                .body(containsString("href=\"/quizzes\""))
                .body(containsString("href=\"/host\""));
        given().header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8")
                .get("/")
                .then()
                .statusCode(200)
                .body(containsString("<html lang=\"zh-CN\">"))
                .body(containsString("加入游戏"))
                .body(not(containsString("Join a game")));
    }

    @Test
    void theLanguageSwitchSticksOverAcceptLanguage() {
        Response switched =
                given().redirects().follow(false).queryParam("next", "/quizzes").get("/lang/zh");
        assertThat(switched.statusCode()).isEqualTo(303);
        assertThat(switched.header("Location")).endsWith("/quizzes");
        assertThat(switched.cookie(PageLanguage.COOKIE)).isEqualTo("zh");
        given().header("Accept-Language", "en")
                .cookie(PageLanguage.COOKIE, "zh")
                .get("/quizzes")
                .then()
                .statusCode(200)
                .body(containsString("大模型面试热身"))
                .body(not(containsString("LLM interview warm-up")));
        given().header("Accept-Language", "zh")
                .cookie(PageLanguage.COOKIE, "en")
                .get("/quizzes")
                .then()
                .statusCode(200)
                .body(containsString("LLM interview warm-up"));
    }

    @Test
    void theSwitchNeverSendsReadersToAnotherSite() {
        for (String next : new String[] {"//evil.example/x", "https://evil.example/", "/\\evil.example"}) {
            Response r =
                    given().redirects().follow(false).queryParam("next", next).get("/lang/en");
            assertThat(r.statusCode()).isEqualTo(303);
            assertThat(r.header("Location")).as(next).doesNotContain("evil");
        }
    }

    @Test
    void theJoinLinkOfTheQrCodePrefillsThePin() {
        given().get("/join?pin=482913")
                .then()
                .statusCode(200)
                .body(containsString("value=\"482913\""))
                .body(containsString("action=\"/play\""));
        given().get("/join?pin=48<b>13")
                .then()
                .statusCode(200)
                .body(not(containsString("<b>")))
                .body(containsString("name=\"pin\""));
    }

    @Test
    void thePlayerPageNeedsAPinAndANickname() {
        given().header("Accept-Language", "en")
                .queryParam("pin", "12")
                .queryParam("nickname", "Ada")
                .get("/play")
                .then()
                .statusCode(400)
                .body(containsString("data-test=\"join-error\""))
                .body(containsString("value=\"Ada\""));
        given().queryParam("pin", "123456")
                .queryParam("nickname", "   ")
                .get("/play")
                .then()
                .statusCode(400)
                .body(containsString("value=\"123456\""));
        given().header("Accept-Language", "zh")
                .queryParam("pin", "123456")
                .queryParam("nickname", "Ada <3")
                .get("/play")
                .then()
                .statusCode(200)
                .body(containsString("data-pin=\"123456\""))
                .body(containsString("data-nickname=\"Ada &lt;3\""))
                .body(containsString("data-lang=\"zh\""))
                .body(containsString("/js/play.js"))
                .body(containsString("/webjars/katex/dist/katex.min.js"));
    }

    @Test
    void hostPagesSendAnonymousReadersToSignInAndBack() {
        for (String path : new String[] {
            "/host", "/host/room/123456", "/quizzes/new", "/results/6f1c5a9e-2f6b-4f43-9d6e-0c3f0a7d2b11"
        }) {
            Response r = given().redirects().follow(false).get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(303);
            assertThat(r.header("Location"))
                    .as(path)
                    .endsWith("/signin?next="
                            + java.net.URLEncoder.encode(path, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    @Test
    void aPlayerWithoutTheHostRoleIsToldSo() {
        given().auth()
                .preemptive()
                .basic("player", "player")
                .get("/host")
                .then()
                .statusCode(403)
                .contentType(containsString("text/html"))
                .body(containsString("data-test=\"forbidden\""));
    }

    @Test
    void aHostSeesTheHostPages() {
        given().auth()
                .preemptive()
                .basic("host", "host")
                .queryParam("quiz", "topic-moe")
                .get("/host")
                .then()
                .statusCode(200)
                .body(containsString("<option value=\"topic-moe\" selected>"))
                .body(containsString("/js/host-lobby.js"));
        given().auth()
                .preemptive()
                .basic("host", "host")
                .get("/host/room/123456")
                .then()
                .statusCode(200)
                .body(containsString("data-pin=\"123456\""))
                .body(containsString("src=\"/join/qr.svg?pin=123456\""));
        given().auth()
                .preemptive()
                .basic("host", "host")
                .get("/quizzes/new")
                .then()
                .statusCode(200)
                .body(containsString("data-test=\"editor\""));
    }

    @Test
    void everyPageLinksAFaviconThatIsServed() {
        given().get("/").then().statusCode(200).body(containsString("<link rel=\"icon\" href=\"/favicon.svg\""));
        given().get("/favicon.svg").then().statusCode(200).contentType(containsString("image/svg+xml"));
        // asked for by browsers and other clients whatever the page links
        given().get("/favicon.ico").then().statusCode(200).contentType(containsString("image/"));
    }

    @Test
    void theSignInPageRemembersWhereToGoBack() {
        Response r = given().queryParam("next", "/host?quiz=topic-moe").get("/signin");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.cookie("quarkus-redirect-location")).matches("http://[^/]+/host\\?quiz=topic-moe");
        assertThat(r.body().asString()).contains("action=\"/j_security_check?csrf-token=");
        Response evil = given().queryParam("next", "//evil.example").get("/signin");
        assertThat(evil.cookie("quarkus-redirect-location"))
                .doesNotContain("evil")
                .endsWith("/");
    }

    @Test
    void signingOutForgetsTheSession() {
        String token = CsrfTokens.fromAPage();
        Response r = given().redirects()
                .follow(false)
                .cookie(CsrfTokens.COOKIE, token)
                .formParam(CsrfTokens.FIELD, token)
                .post("/signout");
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.detailedCookie("quiz-arena-session").getMaxAge()).isZero();
    }

    @Test
    void aQuizPageShowsItsQuestionsWithMathAndCodeForTheScripts() {
        given().header("Accept-Language", "en")
                .get("/quizzes/topic-moe")
                .then()
                .statusCode(200)
                .body(containsString("class=\"rich question-text-small\""))
                .body(containsString("$y=\\sum_i G(x)_i\\,E_i(x)$"))
                .body(containsString("/js/rich-page.js"));
        // a reader gets a page that says so (the API keeps answering with problem details)
        given().get("/quizzes/no-such-quiz")
                .then()
                .statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("data-test=\"not-found\""));
        given().get("/api/quizzes/no-such-quiz")
                .then()
                .statusCode(404)
                .contentType(containsString("application/problem+json"))
                .body("status", equalTo(404));
    }

    @Test
    void theBrowserLibrariesAndScriptsAreServed() {
        for (String path : new String[] {
            "/webjars/katex/dist/katex.min.js",
            "/webjars/katex/dist/contrib/auto-render.min.js",
            "/webjars/katex/dist/katex.min.css",
            "/webjars/prismjs/components/prism-core.min.js",
            "/webjars/prismjs/components/prism-python.min.js",
            "/css/app.css",
            "/js/common.js",
            "/js/socket.js",
            "/js/play.js",
            "/js/host.js",
            "/js/host-lobby.js",
            "/js/editor.js",
            "/js/signin.js",
            "/js/rich-page.js"
        }) {
            given().get(path).then().statusCode(200);
        }
    }
}
