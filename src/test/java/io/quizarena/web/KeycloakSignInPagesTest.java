package io.quizarena.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The pages' sign-in as the prod build wires it (arena.web.sign-in=oidc): no local form, the reader goes through an
 * authenticated path, which Quarkus OIDC turns into Keycloak's sign-in in that build; here basic sign-in stands in
 * for the Keycloak session. The Keycloak tokens themselves are tested against a real Keycloak (KeycloakTokenTest).
 */
@QuarkusTest
@TestProfile(KeycloakSignInPagesTest.OidcPages.class)
class KeycloakSignInPagesTest {

    public static class OidcPages implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("arena.web.sign-in", "oidc");
        }

        @Override
        public String getConfigProfile() {
            return System.getProperty("quarkus.test.profile", "test");
        }
    }

    @Test
    void signInGoesThroughTheAuthenticatedPathAndBack() {
        given().redirects()
                .follow(false)
                .get("/signin?next=/host")
                .then()
                .statusCode(303)
                .header("Location", endsWith("/signin/oidc?next=/host"));
        // anonymous: the authenticated path challenges (in the prod build: Keycloak's sign-in page)
        given().redirects().follow(false).get("/signin/oidc?next=/host").then().statusCode(401);
        // signed in: straight back to where the reader was going, never to another site
        given().auth()
                .preemptive()
                .basic("host", "host")
                .redirects()
                .follow(false)
                .get("/signin/oidc?next=/host")
                .then()
                .statusCode(303)
                .header("Location", endsWith("/host"));
        given().auth()
                .preemptive()
                .basic("host", "host")
                .redirects()
                .follow(false)
                .get("/signin/oidc?next=//evil.example")
                .then()
                .statusCode(303)
                .header("Location", not(containsString("evil")))
                .header("Location", endsWith("/"));
    }

    @Test
    void signOutEndsTheKeycloakSessionToo() {
        String token = CsrfTokens.fromAPage();
        given().redirects()
                .follow(false)
                .cookie(CsrfTokens.COOKIE, token)
                .formParam(CsrfTokens.FIELD, token)
                .post("/signout")
                .then()
                .statusCode(303)
                .header("Location", endsWith("/signout/oidc"));
    }
}
