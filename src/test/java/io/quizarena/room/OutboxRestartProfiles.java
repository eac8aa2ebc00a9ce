package io.quizarena.room;

import java.nio.file.Path;
import java.util.Map;

/**
 * Two application runs around a restart. Quarkus stops the application between test classes of different profiles
 * and orders those classes by profile name, so step 1 (relay off: a game's events stay in the outbox when the
 * application stops) runs right before step 2 (the application starts again with the relay on, on the same database).
 */
final class OutboxRestartProfiles {

    /** Where step 1 leaves the game id for step 2. */
    static final Path GAME_ID_FILE = Path.of("target", "outbox-restart", "game-id.txt");

    private OutboxRestartProfiles() {}

    public static class Step1RelayStopped extends VirtualTimeProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("arena.events.relay.enabled", "false");
        }
    }

    public static class Step2Restarted extends VirtualTimeProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // keep what step 1 left in the database (the it profile otherwise starts from an empty schema)
            return Map.of("quarkus.flyway.clean-at-start", "false");
        }
    }
}
