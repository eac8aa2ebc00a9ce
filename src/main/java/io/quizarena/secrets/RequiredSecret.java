package io.quizarena.secrets;

import java.util.List;
import java.util.Optional;

/**
 * A secret the prod build refuses to start without.
 *
 * @param property the configuration property the application reads it from
 * @param variable the environment variable deployments set it with
 * @param minLength the fewest characters a real value has
 * @param serviceAddress for a credential of a service (the database, Keycloak): the property holding that service's
 *     URL, so that the development credentials of deploy/local may be allowed for a service on this machine only
 */
record RequiredSecret(String property, String variable, int minLength, Optional<String> serviceAddress) {

    /** Every secret of the prod build; application.properties maps each variable to its property under %prod. */
    static final List<RequiredSecret> ALL = List.of(
            new RequiredSecret("arena.room.guest-secret", "ARENA_ROOM_GUEST_SECRET", 32, Optional.empty()),
            new RequiredSecret("arena.cluster.secret", "ARENA_CLUSTER_SECRET", 32, Optional.empty()),
            new RequiredSecret(
                    "quarkus.oidc.token-state-manager.encryption-secret", "QUIZ_SESSION_SECRET", 32, Optional.empty()),
            new RequiredSecret(
                    "quarkus.oidc.credentials.secret",
                    "QUIZ_OIDC_SECRET",
                    16,
                    Optional.of("quarkus.oidc.auth-server-url")),
            new RequiredSecret(
                    "quarkus.datasource.password", "QUIZ_DB_PASSWORD", 16, Optional.of("quarkus.datasource.jdbc.url")));

    /** How the setting is named in messages: both names, since either may be what the operator set. */
    String names() {
        return property + " (environment variable " + variable + ")";
    }
}
