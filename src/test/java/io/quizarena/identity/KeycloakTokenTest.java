package io.quizarena.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Only in -Pit, against the real Keycloak of deploy/local/keycloak.sh (realm deploy/keycloak/): its access tokens
 * sign callers in, its realm roles are the application's roles, and a forged token is refused.
 */
@QuarkusTest
@Tag("real-services")
class KeycloakTokenTest {

    /** A fresh access token from Keycloak's token endpoint (password grant, allowed for this development client). */
    static String token(String user) {
        var config = ConfigProvider.getConfig();
        String realm = config.getValue("quarkus.oidc.auth-server-url", String.class);
        return given().contentType(ContentType.URLENC)
                .formParams(Map.of(
                        "grant_type",
                        "password",
                        "client_id",
                        config.getValue("quarkus.oidc.client-id", String.class),
                        "client_secret",
                        config.getValue("quarkus.oidc.credentials.secret", String.class),
                        "username",
                        user,
                        "password",
                        user))
                .post(realm + "/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }

    @Test
    void aKeycloakTokenSignsTheCallerInWithTheRealmRoles() {
        given().auth()
                .oauth2(token("host"))
                .get("/api/me")
                .then()
                .statusCode(200)
                .body("authenticated", equalTo(true))
                .body("name", equalTo("host"))
                .body("roles", hasItems("host", "player"));
        given().auth()
                .oauth2(token("player"))
                .get("/api/me")
                .then()
                .statusCode(200)
                .body("name", equalTo("player"))
                .body("roles", equalTo(java.util.List.of("player")));
    }

    @Test
    void rolesFromKeycloakDecideWhoMayHost() {
        Map<String, Object> room = Map.of("quizId", "llm-interview-warm-up", "settings", Map.of());
        given().auth()
                .oauth2(token("host"))
                .contentType(ContentType.JSON)
                .body(room)
                .post("/api/rooms")
                .then()
                .statusCode(201)
                .body("pin", org.hamcrest.Matchers.matchesPattern("\\d{6}"));
        given().auth()
                .oauth2(token("player"))
                .contentType(ContentType.JSON)
                .body(room)
                .post("/api/rooms")
                .then()
                .statusCode(403);
    }

    @Test
    void aForgedOrBrokenTokenIsRefused() {
        String real = token("admin");
        String[] parts = real.split("\\.");
        // same header and signature, a payload that claims something else
        String forged = parts[0] + "."
                + java.util.Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString("{\"preferred_username\":\"admin\",\"realm_access\":{\"roles\":[\"admin\"]}}"
                                .getBytes())
                + "." + parts[2];
        given().auth().oauth2(forged).get("/api/me").then().statusCode(401);
        given().auth().oauth2("not-a-token").get("/api/me").then().statusCode(401);
        given().auth().oauth2(real).get("/api/me").then().statusCode(200).body("name", equalTo("admin"));
    }
}
