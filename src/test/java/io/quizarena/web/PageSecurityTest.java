package io.quizarena.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What keeps the pages safe in a browser (docs/adr/0012): cookies scripts cannot read, the headers that forbid
 * framing and foreign scripts, pages that need no inline script, and CSRF tokens on the form posts.
 */
@QuarkusTest
class PageSecurityTest {

    /** A script element without a src: the Content-Security-Policy would block it. */
    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>");

    private static final List<String> PUBLIC_PAGES = List.of(
            "/",
            "/join?pin=123456",
            "/play?pin=123456&nickname=Ada",
            "/signin",
            "/quizzes",
            "/quizzes/topic-moe",
            "/leaderboards",
            "/leaderboards/weekly",
            "/battle?topic=moe&nickname=Ada",
            "/battles/ratings");
    private static final List<String> HOST_PAGES = List.of("/host", "/host/room/123456", "/quizzes/new");

    @Test
    void theSignInLanguageAndCsrfCookiesAreHttpOnly() {
        String token = CsrfTokens.fromAPage();
        Response signedIn = given().contentType(ContentType.URLENC)
                .cookie(CsrfTokens.COOKIE, token)
                .queryParam(CsrfTokens.FIELD, token)
                .formParam("j_username", "host")
                .formParam("j_password", "host")
                .redirects()
                .follow(false)
                .post("/j_security_check");
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.detailedCookie(PlayerPages.SESSION_COOKIE).isHttpOnly())
                .isTrue();

        Response switched = given().redirects().follow(false).get("/lang/zh");
        assertThat(switched.detailedCookie(PageLanguage.COOKIE).isHttpOnly()).isTrue();

        Response page = given().get("/");
        assertThat(page.detailedCookie(CsrfTokens.COOKIE).isHttpOnly()).isTrue();
    }

    @Test
    void everyPageForbidsFramingForeignScriptsAndSniffing() {
        for (String path : PUBLIC_PAGES) {
            assertSafeHeaders(given().get(path), path);
        }
        for (String path : HOST_PAGES) {
            assertSafeHeaders(given().auth().preemptive().basic("host", "host").get(path), path);
        }
        // refusals too: a page of another site must not frame the sign-in redirect or an error page either
        assertSafeHeaders(given().redirects().follow(false).get("/host"), "/host (anonymous)");
        assertSafeHeaders(given().get("/quizzes/no-such-quiz"), "not found");
    }

    @Test
    void noPageNeedsAnInlineScript() {
        for (String path : PUBLIC_PAGES) {
            assertNoInlineScript(given().get(path), path);
        }
        for (String path : HOST_PAGES) {
            assertNoInlineScript(
                    given().auth().preemptive().basic("host", "host").get(path), path);
        }
    }

    @Test
    void signOutNeedsThePagesCsrfToken() {
        String token = CsrfTokens.fromAPage();
        for (RequestSpecification forged : new RequestSpecification[] {
            given().cookie(CsrfTokens.COOKIE, token)
                    .contentType(ContentType.URLENC)
                    .formParam("other", "x"),
            given().cookie(CsrfTokens.COOKIE, token).formParam(CsrfTokens.FIELD, "forged-token"),
            given().formParam(CsrfTokens.FIELD, token),
            // what a page elsewhere can post without a CORS preflight besides a form: plain text, or no body at all
            given().cookie(CsrfTokens.COOKIE, token)
                    .contentType(ContentType.TEXT)
                    .body(CsrfTokens.FIELD + "=" + token),
            given().cookie(CsrfTokens.COOKIE, token)
        }) {
            Response refused = forged.redirects().follow(false).post("/signout");
            assertThat(refused.statusCode()).isIn(400, 415);
            assertThat(refused.cookie(PlayerPages.SESSION_COOKIE)).isNull();
        }
        Response signedOut = given().cookie(CsrfTokens.COOKIE, token)
                .formParam(CsrfTokens.FIELD, token)
                .redirects()
                .follow(false)
                .post("/signout");
        assertThat(signedOut.statusCode()).isEqualTo(303);
        assertThat(signedOut.detailedCookie(PlayerPages.SESSION_COOKIE).getMaxAge())
                .isZero();
    }

    @Test
    void theFormsCarryTheCsrfTokenOfTheirCookie() {
        Response signin = given().get("/signin");
        String token = signin.cookie(CsrfTokens.COOKIE);
        assertThat(signin.body().asString()).contains("action=\"/j_security_check?csrf-token=" + token + "\"");
        Response host = given().auth().preemptive().basic("host", "host").get("/host");
        assertThat(host.body().asString())
                .contains("name=\"csrf-token\" value=\"" + host.cookie(CsrfTokens.COOKIE) + "\"");
    }

    private static void assertSafeHeaders(Response response, String what) {
        assertThat(response.header("Content-Security-Policy"))
                .as(what)
                .contains("frame-ancestors 'none'", "script-src 'self'", "object-src 'none'", "connect-src 'self'");
        assertThat(response.header("X-Frame-Options")).as(what).isEqualTo("DENY");
        assertThat(response.header("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
        assertThat(response.header("Referrer-Policy")).as(what).isEqualTo("same-origin");
    }

    private static void assertNoInlineScript(Response response, String what) {
        assertThat(response.statusCode()).as(what).isEqualTo(200);
        assertThat(INLINE_SCRIPT.matcher(response.body().asString()).find())
                .as(what + " has an inline script")
                .isFalse();
    }
}
