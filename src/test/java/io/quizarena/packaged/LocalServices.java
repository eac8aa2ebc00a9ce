package io.quizarena.packaged;

import static java.util.Map.entry;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * The runtime settings of the prod build for the black-box tests: the real PostgreSQL, Kafka and Keycloak of
 * deploy/local/ on 127.0.0.1, or those the same environment variables name. The integration tests hand them to the
 * packaged application (JVM or native) as system properties when it starts.
 */
public class LocalServices implements QuarkusTestProfile {

    public static final String OIDC_URL = env("QUIZ_OIDC_URL", "http://127.0.0.1:8180/realms/quiz-arena");
    static final String OIDC_CLIENT_ID = env("QUIZ_OIDC_CLIENT_ID", "quiz-arena");
    static final String OIDC_SECRET = env("QUIZ_OIDC_SECRET", "dev-only-secret-change-me");

    /**
     * The prod build's own secrets (docs/adr/0011): random for each test run, and the same for every application this
     * test JVM starts (the cluster tests' nodes verify each other's guest ids and relayed sockets).
     */
    public static final String GUEST_SECRET = randomSecret();

    public static final String CLUSTER_SECRET = randomSecret();
    static final String SESSION_SECRET = randomSecret();

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(
                entry("QUIZ_DB_HOST", env("QUIZ_DB_HOST", "127.0.0.1")),
                entry("QUIZ_DB_NAME", env("QUIZ_DB_NAME", "quiz")),
                entry("QUIZ_DB_USER", env("QUIZ_DB_USER", "quiz")),
                entry("QUIZ_DB_PASSWORD", env("QUIZ_DB_PASSWORD", "quiz")),
                entry("QUIZ_KAFKA_BOOTSTRAP", env("QUIZ_KAFKA_BOOTSTRAP", "127.0.0.1:9092")),
                entry("QUIZ_OIDC_URL", OIDC_URL),
                entry("QUIZ_OIDC_CLIENT_ID", OIDC_CLIENT_ID),
                entry("QUIZ_OIDC_SECRET", OIDC_SECRET),
                entry("ARENA_ROOM_GUEST_SECRET", GUEST_SECRET),
                entry("ARENA_CLUSTER_SECRET", CLUSTER_SECRET),
                entry("QUIZ_SESSION_SECRET", SESSION_SECRET),
                // the database and realm of deploy/local have fixed development credentials (quiz, the realm's
                // client secret): accepted by the prod build for services on 127.0.0.1 only
                entry("arena.secrets.allow-local-services", "true"),
                // a node of its own beside the cluster tests' two (it stays up while they run), on a random port it
                // cannot advertise: it must take over none of their rooms, nor run the battles it would match
                entry("arena.cluster.adopt-orphans", "false"),
                entry("arena.battle.match-interval-millis", "86400000"),
                // only the tests reach it
                entry("quarkus.http.host", "127.0.0.1"));
    }

    /** 32 random bytes, base64url: a real secret of 43 characters. */
    public static String randomSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
