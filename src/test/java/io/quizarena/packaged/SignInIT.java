package io.quizarena.packaged;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The prod build signs callers in with Keycloak's tokens only: realm roles decide, forged tokens and local users fail. */
@QuarkusIntegrationTest
@TestProfile(LocalServices.class)
class SignInIT {

    @Test
    void aKeycloakTokenSignsTheCallerInWithTheRealmRoles() {
        given().get("/api/me").then().statusCode(200).body("authenticated", equalTo(false));
        given().auth()
                .oauth2(Keycloak.token("host"))
                .get("/api/me")
                .then()
                .statusCode(200)
                .body("authenticated", equalTo(true))
                .body("name", equalTo("host"))
                .body("roles", equalTo(List.of("host", "player")));
    }

    @Test
    void aPlayerMayNotOpenARoom() {
        String token = Keycloak.token("player");
        given().auth().oauth2(token).get("/api/me").then().body("roles", equalTo(List.of("player")));
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(Map.of("quizId", "llm-interview-warm-up", "settings", Map.of()))
                .post("/api/rooms")
                .then()
                .statusCode(403);
    }

    @Test
    void forgedTokensAndTheDevelopmentUsersAreRefused() {
        String[] parts = Keycloak.token("player").split("\\.");
        String claims = "{\"preferred_username\":\"admin\",\"realm_access\":{\"roles\":[\"admin\"]}}";
        String forged = parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(claims.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
        given().auth().oauth2(forged).get("/api/me").then().statusCode(401);
        given().auth().oauth2("not-a-token").get("/api/me").then().statusCode(401);
        given().auth()
                .preemptive()
                .basic("host", "host")
                .get("/api/bank/export?format=json&scope=official")
                .then()
                .statusCode(not(equalTo(200)));
    }
}
