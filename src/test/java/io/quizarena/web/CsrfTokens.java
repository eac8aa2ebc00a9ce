package io.quizarena.web;

import static io.restassured.RestAssured.given;

/** What a browser holds after opening any page: the csrf-token cookie, whose value the page's forms send back. */
public final class CsrfTokens {

    public static final String COOKIE = "csrf-token";
    public static final String FIELD = "csrf-token";

    private CsrfTokens() {}

    public static String fromAPage() {
        String token = given().get("/").then().statusCode(200).extract().cookie(COOKIE);
        if (token == null || token.isEmpty()) {
            throw new AssertionError("the home page set no " + COOKIE + " cookie");
        }
        return token;
    }
}
