package io.quizarena.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.quizarena.scoring.Glicko2.Game;
import io.quizarena.scoring.Glicko2.Rating;
import java.util.List;
import org.junit.jupiter.api.Test;

class Glicko2Test {

    private final Glicko2 glicko = new Glicko2(0.5);

    @Test
    void reproducesTheWorkedExampleOfGlickmansPaper() {
        Rating player = new Rating(1500, 200, 0.06);
        Rating after = glicko.update(
                player,
                List.of(
                        new Game(new Rating(1400, 30, 0.06), 1),
                        new Game(new Rating(1550, 100, 0.06), 0),
                        new Game(new Rating(1700, 300, 0.06), 0)));
        assertThat(after.rating()).isCloseTo(1464.06, within(0.01));
        assertThat(after.deviation()).isCloseTo(151.52, within(0.01));
        assertThat(after.volatility()).isCloseTo(0.05999, within(0.00001));
    }

    @Test
    void aPeriodWithoutGamesOnlyWidensTheDeviationUpToTheInitialOne() {
        Rating player = new Rating(1620, 80, 0.06);
        Rating after = glicko.update(player, List.of());
        assertThat(after.rating()).isEqualTo(1620);
        assertThat(after.deviation()).isCloseTo(Math.sqrt(80 * 80 + Math.pow(0.06 * 173.7178, 2)), within(1e-9));
        assertThat(glicko.idle(player, 10_000).deviation()).isEqualTo(350);
        assertThat(glicko.idle(player, 0)).isEqualTo(player);
    }

    @Test
    void aWinRaisesALossLowersAndADrawBetweenEqualsChangesNothingButTheDeviation() {
        Rating a = Rating.INITIAL;
        Rating b = Rating.INITIAL;
        assertThat(glicko.update(a, List.of(new Game(b, 1))).rating()).isGreaterThan(1500);
        assertThat(glicko.update(a, List.of(new Game(b, 0))).rating()).isLessThan(1500);
        Rating drawn = glicko.update(a, List.of(new Game(b, 0.5)));
        assertThat(drawn.rating()).isCloseTo(1500, within(1e-9));
        assertThat(drawn.deviation()).isLessThan(350);
    }

    @Test
    void beatingAStrongOpponentGainsMoreThanBeatingAWeakOneAndNewPlayersMoveFastest() {
        Rating me = new Rating(1500, 100, 0.06);
        double strong = glicko.update(me, List.of(new Game(new Rating(1800, 50, 0.06), 1)))
                        .rating()
                - 1500;
        double weak = glicko.update(me, List.of(new Game(new Rating(1200, 50, 0.06), 1)))
                        .rating()
                - 1500;
        assertThat(strong).isGreaterThan(weak).isPositive();
        double established = glicko.update(new Rating(1500, 50, 0.06), List.of(new Game(me, 1)))
                        .rating()
                - 1500;
        double newcomer =
                glicko.update(Rating.INITIAL, List.of(new Game(me, 1))).rating() - 1500;
        assertThat(newcomer).isGreaterThan(established);
    }

    @Test
    void provisionalMeansADeviationOver110() {
        assertThat(new Rating(1500, 110.1, 0.06).provisional()).isTrue();
        assertThat(new Rating(1500, 110, 0.06).provisional()).isFalse();
        assertThat(Rating.INITIAL.provisional()).isTrue();
    }

    @Test
    void extremeResultsStayFinite() {
        Rating after = glicko.update(new Rating(3000, 30, 0.06), List.of(new Game(new Rating(100, 30, 0.06), 0)));
        assertThat(after.rating()).isFinite().isLessThan(3000);
        assertThat(after.volatility()).isFinite().isPositive();
    }
}
