package io.quizarena.room;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;
import java.util.Set;

/**
 * Room tests run on virtual time ({@link ManualRoomScheduler}). The configuration profile follows the build's test
 * profile, so under -Pit these tests also run against the real PostgreSQL.
 *
 * <p>Every room draws its presentation order from one seed, so two rooms of the same quiz show it alike: the
 * differential {@link SecrecyTest} compares two rooms whose keys differ. Under seed 1 its ordering question is shown
 * as c, b, a, which is neither variant's key; a seed that drew one of the keys would make that room draw again (an
 * ordering question is never shown in its answer's order), and the two rooms would then differ by design.
 */
public class VirtualTimeProfile implements QuarkusTestProfile {

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(ManualRoomScheduler.class);
    }

    @Override
    public String getConfigProfile() {
        return System.getProperty("quarkus.test.profile", "test");
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("arena.room.max-pending-frames", "64", "arena.room.presentation-seed", "1");
    }
}
