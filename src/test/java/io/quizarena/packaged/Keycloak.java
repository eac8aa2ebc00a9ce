package io.quizarena.packaged;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.Map;

/** Access tokens from the real Keycloak (password grant, allowed for the realm's development client). */
public final class Keycloak {

    private Keycloak() {}

    /** A fresh access token of a development user of deploy/keycloak/ (password = user name). */
    public static String token(String user) {
        return given().contentType(ContentType.URLENC)
                .formParams(Map.of(
                        "grant_type",
                        "password",
                        "client_id",
                        LocalServices.OIDC_CLIENT_ID,
                        "client_secret",
                        LocalServices.OIDC_SECRET,
                        "username",
                        user,
                        "password",
                        user))
                .post(LocalServices.OIDC_URL + "/protocol/openid-connect/token")
                .then()
                .statusCode(200)
                .extract()
                .path("access_token");
    }
}
