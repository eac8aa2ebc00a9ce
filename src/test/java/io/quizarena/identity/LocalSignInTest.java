package io.quizarena.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.quizarena.web.CsrfTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

/** Local sign-in (dev, test and it profiles): form login with the development users, then the same role checks. */
@QuarkusTest
class LocalSignInTest {

    /** The sign-in post as the sign-in page makes it: the page's CSRF token in the query, its cookie along. */
    private static RequestSpecification signInPost(String user, String password) {
        String token = CsrfTokens.fromAPage();
        return given().contentType(ContentType.URLENC)
                .cookie(CsrfTokens.COOKIE, token)
                .queryParam(CsrfTokens.FIELD, token)
                .formParam("j_username", user)
                .formParam("j_password", password)
                .redirects()
                .follow(false);
    }

    private static String signIn(String user, String password) {
        return signInPost(user, password)
                .post("/j_security_check")
                .then()
                .statusCode(302)
                .extract()
                .cookie("quiz-arena-session");
    }

    @Test
    void aHostSignsInWithTheFormAndCallsTheHostOnlyApi() {
        String session = signIn("host", "host");
        given().cookie("quiz-arena-session", session)
                .get("/api/me")
                .then()
                .statusCode(200)
                .body("name", equalTo("host"))
                .body("roles", hasItems("host", "player"));
        given().cookie("quiz-arena-session", session)
                .get("/api/questions/moe-001/document")
                .then()
                .statusCode(200);
    }

    @Test
    void aWrongPasswordIsRefused() {
        signInPost("host", "guess").post("/j_security_check").then().statusCode(401);
    }

    @Test
    void aSignInPostWithoutTheCsrfTokenOrWithAWrongOneIsRefused() {
        // what a page of another site could post: the right password, but not the reader's token
        String token = CsrfTokens.fromAPage();
        for (var post : new RequestSpecification[] {
            given().cookie(CsrfTokens.COOKIE, token),
            given().cookie(CsrfTokens.COOKIE, token).queryParam(CsrfTokens.FIELD, "forged" + token),
            given().queryParam(CsrfTokens.FIELD, token),
            given().cookie(CsrfTokens.COOKIE, token).header("X-CSRF-TOKEN", "forged")
        }) {
            post.contentType(ContentType.URLENC)
                    .formParam("j_username", "host")
                    .formParam("j_password", "host")
                    .redirects()
                    .follow(false)
                    .post("/j_security_check")
                    .then()
                    .statusCode(403)
                    .header("Set-Cookie", org.hamcrest.Matchers.nullValue())
                    .body("type", equalTo("urn:quiz-arena:problem:csrf"));
        }
        // the token header (a script's way) works as well as the query (the form's)
        given().contentType(ContentType.URLENC)
                .cookie(CsrfTokens.COOKIE, token)
                .header("X-CSRF-TOKEN", token)
                .formParam("j_username", "host")
                .formParam("j_password", "host")
                .redirects()
                .follow(false)
                .post("/j_security_check")
                .then()
                .statusCode(302);
    }

    @Test
    void aPlayerIsSignedInButMayNotUseHostApis() {
        String session = signIn("player", "player");
        given().cookie("quiz-arena-session", session)
                .get("/api/questions/moe-001/document")
                .then()
                .statusCode(403);
    }

    @Test
    void anonymousCallersAreAnonymousAndGet401FromHostApis() {
        given().get("/api/me").then().statusCode(200).body("authenticated", equalTo(false));
        given().get("/api/bank/export").then().statusCode(401);
    }
}
