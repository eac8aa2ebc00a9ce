package io.quizarena.leaderboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quizarena.battle.BattleRatings;
import io.quizarena.events.BattleFinished;
import io.quizarena.events.BattleFinished.Side;
import io.quizarena.events.EventIds;
import io.quizarena.events.ScoreEvent;
import io.quizarena.scoring.Glicko2;
import io.quizarena.scoring.Glicko2.Rating;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** BattleFinished events projected into Glicko-2 ratings: who moves, who does not, and once only. */
@QuarkusTest
class RatingProjectionTest {

    private static final Instant NOON = Instant.parse("2026-12-01T12:00:00Z");

    @Inject
    LeaderboardProjector projector;

    @Inject
    BattleRatings ratings;

    private static String key() {
        return "guest:g_" + UUID.randomUUID().toString().substring(0, 12);
    }

    private static BattleFinished battle(Instant at, String topic, Side first, Side second, boolean aborted) {
        String id = "b" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        return new BattleFinished(
                ScoreEvent.SCHEMA_VERSION,
                EventIds.battleFinished(id),
                at,
                id,
                "QUICK",
                topic,
                aborted,
                List.of(first, second));
    }

    private static Side side(String key, String outcome, boolean ghost, boolean forfeited) {
        return new Side(key, "nick", ghost, 1000, outcome, forfeited);
    }

    @Test
    void aWinMovesBothGlobalAndTopicRatingsByGlickoAndAReplayMovesNothing() {
        String ada = key();
        String bob = key();
        BattleFinished won =
                battle(NOON, "moe", side(ada, "WIN", false, false), side(bob, "LOSS", false, false), false);
        projector.project(List.of(won));
        Rating expected = new Glicko2(0.5).update(Rating.INITIAL, List.of(new Glicko2.Game(Rating.INITIAL, 1)));
        assertThat(ratings.rating(ada, "global").rating()).isCloseTo(expected.rating(), Offset.offset(1e-6));
        assertThat(ratings.rating(ada, "topic-moe").rating()).isCloseTo(expected.rating(), Offset.offset(1e-6));
        assertThat(ratings.rating(bob, "global").rating()).isLessThan(1500);
        assertThat(projector.project(List.of(won)).duplicates()).isEqualTo(1);
        assertThat(ratings.rating(ada, "global").rating()).isCloseTo(expected.rating(), Offset.offset(1e-6));
    }

    @Test
    void aMixedBattleRatesGloballyOnlyAndAnAbortedOneNotAtAll() {
        String a = key();
        String b = key();
        projector.project(
                List.of(battle(NOON, "mixed", side(a, "WIN", false, false), side(b, "LOSS", false, false), false)));
        assertThat(ratings.rating(a, "global").rating()).isGreaterThan(1500);
        assertThat(ratings.rating(a, "topic-moe")).isEqualTo(Rating.INITIAL);
        String c = key();
        String d = key();
        projector.project(
                List.of(battle(NOON, "moe", side(c, "LOSS", false, true), side(d, "WIN", false, false), true)));
        assertThat(ratings.rating(c, "global")).isEqualTo(Rating.INITIAL);
    }

    @Test
    void aGhostsOwnerIsNotRatedAndAForfeitRaisesThePlayerWhoStayed() {
        String human = key();
        String owner = key();
        projector.project(List.of(
                battle(NOON, "rag", side(human, "LOSS", false, false), side(owner, "WIN", true, false), false)));
        assertThat(ratings.rating(owner, "global")).isEqualTo(Rating.INITIAL);
        assertThat(ratings.rating(human, "global").rating()).isLessThan(1500);
        String stayer = key();
        String quitter = key();
        projector.project(List.of(
                battle(NOON, "rag", side(stayer, "WIN", false, false), side(quitter, "LOSS", false, true), false)));
        assertThat(ratings.rating(stayer, "global").rating()).isGreaterThan(1500);
        assertThat(ratings.rating(quitter, "global").rating()).isLessThan(1500);
    }

    @Test
    void onlyThePairsFirstThreeBattlesOfADayMoveTheirRatings() {
        String a = key();
        String b = key();
        for (int i = 0; i < 3; i++) {
            projector.project(List.of(battle(
                    NOON.plusSeconds(i), "moe", side(a, "WIN", false, false), side(b, "LOSS", false, false), false)));
        }
        double afterThree = ratings.rating(a, "global").rating();
        projector.project(List.of(battle(
                NOON.plusSeconds(10), "moe", side(a, "WIN", false, false), side(b, "LOSS", false, false), false)));
        assertThat(ratings.rating(a, "global").rating()).isEqualTo(afterThree);
        projector.project(List.of(battle(
                NOON.plusSeconds(86_400), "moe", side(a, "WIN", false, false), side(b, "LOSS", false, false), false)));
        assertThat(ratings.rating(a, "global").rating()).isGreaterThan(afterThree);
    }

    @Test
    void anIdlePlayersDeviationWidensByTheDaysWithoutABattleSoTheirNextResultMovesThemMore() {
        double[] gain = new double[2];
        long[] idleDays = {0, 60};
        for (int run = 0; run < 2; run++) {
            String me = key();
            projector.project(List.of(
                    battle(NOON, "moe", side(me, "WIN", false, false), side(key(), "LOSS", false, false), false)));
            double before = ratings.rating(me, "global").rating();
            Instant next = NOON.plusSeconds(3_600 + idleDays[run] * 86_400);
            projector.project(List.of(
                    battle(next, "moe", side(me, "WIN", false, false), side(key(), "LOSS", false, false), false)));
            gain[run] = ratings.rating(me, "global").rating() - before;
        }
        assertThat(gain[1]).isGreaterThan(gain[0]).isPositive();
    }
}
