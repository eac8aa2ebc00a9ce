package io.quizarena.battle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Matchmaking on a virtual clock: who meets whom, and how the accepted gap widens with waiting. */
class MatchPlannerTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    private final MatchPlanner planner = new MatchPlanner(100, 25, 800);

    private static Seeker seeker(String name, String topic, double rating, int secondsAgo) {
        return new Seeker("t-" + name, "user:" + name, name, topic, rating, T0.minusSeconds(secondsAgo));
    }

    @Test
    void closeRatingsMeetAtOnceAndFarOnesOnlyAfterWaiting() {
        Seeker ada = seeker("ada", "moe", 1500, 0);
        Seeker bob = seeker("bob", "moe", 1580, 0);
        assertThat(planner.plan(List.of(ada, bob), T0)).hasSize(1);
        Seeker cy = seeker("cy", "moe", 1900, 0);
        assertThat(planner.plan(List.of(ada, cy), T0)).isEmpty();
        // 400 apart: both must accept 400, i.e. have waited (400 - 100) / 25 = 12 s
        assertThat(planner.plan(List.of(ada, cy), T0.plusSeconds(11))).isEmpty();
        assertThat(planner.plan(List.of(ada, cy), T0.plusSeconds(12))).hasSize(1);
        assertThat(planner.acceptedGap(T0, T0.plusSeconds(3600))).isEqualTo(800);
    }

    @Test
    void bothSidesMustAcceptTheGapSoANewcomerDoesNotGetAnyoneAtOnce() {
        Seeker patient = seeker("patient", "moe", 1500, 60);
        Seeker newcomer = seeker("new", "moe", 1800, 0);
        assertThat(planner.plan(List.of(patient, newcomer), T0)).isEmpty();
        assertThat(planner.plan(List.of(patient, newcomer), T0.plusSeconds(8))).hasSize(1);
    }

    @Test
    void theLongestWaitingGoFirstAndTakeTheClosestRating() {
        Seeker oldest = seeker("oldest", "moe", 1500, 30);
        Seeker near = seeker("near", "moe", 1510, 1);
        Seeker far = seeker("far", "moe", 1600, 20);
        Seeker other = seeker("other", "moe", 1590, 2);
        List<MatchPlanner.Pairing> pairs = planner.plan(List.of(near, far, oldest, other), T0);
        assertThat(pairs)
                .extracting(p -> p.first().nickname() + "-" + p.second().nickname())
                .containsExactly("oldest-near", "far-other");
    }

    @Test
    void nobodyMeetsThemselvesAndTopicsMustAgreeUnlessOneSideChoseMixed() {
        Seeker tab1 = new Seeker("t1", "guest:g_1", "Ada", "moe", 1500, T0);
        Seeker tab2 = new Seeker("t2", "guest:g_1", "Ada", "moe", 1500, T0);
        assertThat(planner.plan(List.of(tab1, tab2), T0)).isEmpty();
        Seeker rag = seeker("rag", "rag", 1500, 0);
        Seeker moe = seeker("moe", "moe", 1500, 0);
        assertThat(planner.plan(List.of(rag, moe), T0)).isEmpty();
        Seeker mixed = seeker("mixed", "mixed", 1500, 5);
        assertThat(planner.plan(List.of(rag, mixed), T0))
                .singleElement()
                .extracting(MatchPlanner.Pairing::topic)
                .isEqualTo("rag");
        assertThat(planner.plan(List.of(mixed, seeker("m2", "mixed", 1500, 0)), T0))
                .singleElement()
                .extracting(MatchPlanner.Pairing::topic)
                .isEqualTo("mixed");
    }

    @Test
    void everySeekerIsInOnePairingAtMost() {
        List<Seeker> crowd = List.of(
                seeker("a", "moe", 1500, 9),
                seeker("b", "moe", 1501, 8),
                seeker("c", "moe", 1502, 7),
                seeker("d", "moe", 1503, 6),
                seeker("e", "moe", 1504, 5));
        List<MatchPlanner.Pairing> pairs = planner.plan(crowd, T0);
        assertThat(pairs).hasSize(2);
        assertThat(pairs.stream().flatMap(p -> java.util.stream.Stream.of(p.first(), p.second())))
                .doesNotHaveDuplicates();
    }
}
