package io.quizarena.cluster;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Access tokens from the real Keycloak of deploy/local (realm deploy/keycloak/, password grant for its test users). */
final class Keycloak {

    static final String REALM =
            System.getenv().getOrDefault("QUIZ_OIDC_URL", "http://127.0.0.1:8180/realms/quiz-arena");
    static final String CLIENT_SECRET = "dev-only-secret-change-me";

    private Keycloak() {}

    static String token(String user) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=quiz-arena&client_secret=" + CLIENT_SECRET + "&username=" + user
                + "&password=" + user;
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(REALM + "/protocol/openid-connect/token"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(form))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused a token for " + user + ": " + response.body());
        }
        return new ObjectMapper().readTree(response.body()).path("access_token").asText();
    }
}
