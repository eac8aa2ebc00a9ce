package io.quizarena.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecretCheckTest {

    private static final String REAL = "q7N2xV9pL4mK8sR1tY6wZ3bC5dF0gH2j";

    /** Real values for every secret, and services elsewhere than on this machine. */
    private static Map<String, String> realConfig() {
        Map<String, String> config = new HashMap<>();
        RequiredSecret.ALL.forEach(secret -> config.put(secret.property(), REAL));
        config.put("quarkus.datasource.jdbc.url", "jdbc:postgresql://quiz-db-rw:5432/quiz");
        config.put("quarkus.oidc.auth-server-url", "http://keycloak-service:8080/realms/quiz-arena");
        return config;
    }

    private static List<String> problems(Map<String, String> config, boolean allowLocalServices) {
        return new SecretCheck(allowLocalServices)
                .problems(RequiredSecret.ALL, property -> Optional.ofNullable(config.get(property)));
    }

    @Test
    void realSecretsPass() {
        assertThat(problems(realConfig(), false)).isEmpty();
    }

    @Test
    void aMissingSecretIsNamedWithItsVariable() {
        Map<String, String> config = realConfig();
        config.remove("arena.room.guest-secret");
        assertThat(problems(config, false))
                .containsExactly("arena.room.guest-secret (environment variable ARENA_ROOM_GUEST_SECRET) is not set");
    }

    @Test
    void blankShortAndPlaceholderValuesAreRefusedAllAtOnce() {
        Map<String, String> config = realConfig();
        config.put("arena.room.guest-secret", "dev-only-guest-secret-change-me");
        config.put("arena.cluster.secret", "change-me-to-a-long-random-string");
        config.put("quarkus.oidc.token-state-manager.encryption-secret", "   ");
        config.put("quarkus.oidc.credentials.secret", "dev-only-secret-change-me");
        config.put("quarkus.datasource.password", "quiz");
        assertThat(problems(config, false))
                .containsExactly(
                        "arena.room.guest-secret (environment variable ARENA_ROOM_GUEST_SECRET) is a development"
                                + " placeholder, not a secret",
                        "arena.cluster.secret (environment variable ARENA_CLUSTER_SECRET) is a development placeholder,"
                                + " not a secret",
                        "quarkus.oidc.token-state-manager.encryption-secret (environment variable QUIZ_SESSION_SECRET)"
                                + " is blank",
                        "quarkus.oidc.credentials.secret (environment variable QUIZ_OIDC_SECRET) is a development"
                                + " placeholder, not a secret",
                        "quarkus.datasource.password (environment variable QUIZ_DB_PASSWORD) is shorter than 16"
                                + " characters");
    }

    @Test
    void developmentCredentialsPassOnlyForServicesOnThisMachineAndOnlyWhenAllowed() {
        Map<String, String> config = realConfig();
        config.put("quarkus.datasource.password", "quiz");
        config.put("quarkus.oidc.credentials.secret", "dev-only-secret-change-me");
        config.put("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:5432/quiz_ci");
        config.put("quarkus.oidc.auth-server-url", "http://localhost:8180/realms/quiz-arena");
        assertThat(problems(config, true)).isEmpty();
        assertThat(problems(config, false)).hasSize(2);

        config.put("quarkus.datasource.jdbc.url", "jdbc:postgresql://quiz-db-rw:5432/quiz");
        assertThat(problems(config, true))
                .containsExactly("quarkus.datasource.password (environment variable QUIZ_DB_PASSWORD) is shorter than"
                        + " 16 characters");
    }

    @Test
    void theAllowanceNeverCoversTheApplicationsOwnSecrets() {
        Map<String, String> config = realConfig();
        config.put("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:5432/quiz");
        config.put("arena.room.guest-secret", "dev-only-guest-secret-change-me");
        assertThat(problems(config, true)).hasSize(1).first().asString().contains("ARENA_ROOM_GUEST_SECRET");
    }

    @Test
    void loopbackAddresses() {
        assertThat(SecretCheck.isLoopback("jdbc:postgresql://127.0.0.1:5432/quiz"))
                .isTrue();
        assertThat(SecretCheck.isLoopback("http://localhost:8180/realms/quiz-arena"))
                .isTrue();
        assertThat(SecretCheck.isLoopback("http://[::1]:8180/realms/quiz-arena"))
                .isTrue();
        assertThat(SecretCheck.isLoopback("jdbc:postgresql://quiz-db-rw:5432/quiz"))
                .isFalse();
        assertThat(SecretCheck.isLoopback("http://localhost.example.org/realms/quiz-arena"))
                .isFalse();
    }
}
