package io.quizarena.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RevealTallyTest {

    private final RevealTally tally =
            new RevealTally(new RevealTally.Rules(1000, 20_000, ScoringMode.SPEED, true), List.of("a", "b", "c"));

    @Test
    void aCorrectAnswerEarnsSpeedPointsAndExtendsTheStreakWithItsBonus() {
        RevealTally.Outcome first = tally.answer(1, 0, 0, List.of("a"));
        assertThat(first).isEqualTo(new RevealTally.Outcome(1000, 1, true));
        RevealTally.Outcome third = tally.answer(1, 10_000, 2, List.of("a"));
        assertThat(third).isEqualTo(new RevealTally.Outcome(750 + 200, 3, true));
    }

    @Test
    void partialCreditEarnsPointsButBreaksTheStreakAndAMissScoresNothing() {
        assertThat(tally.answer(0.5, 0, 4, List.of("a", "b"))).isEqualTo(new RevealTally.Outcome(500, 0, false));
        assertThat(tally.missed()).isEqualTo(new RevealTally.Outcome(0, 0, false));
    }

    @Test
    void itCountsAnswersCorrectOnesAndPicksPerChoiceInTheShownOrder() {
        tally.answer(1, 0, 0, List.of("b"));
        tally.answer(0, 0, 0, List.of("a", "b"));
        tally.answer(1, 0, 0, null);
        tally.missed();
        assertThat(tally.answered()).isEqualTo(3);
        assertThat(tally.correct()).isEqualTo(2);
        assertThat(tally.distribution())
                .containsExactly(java.util.Map.entry("a", 1), java.util.Map.entry("b", 2), java.util.Map.entry("c", 0));
    }

    @Test
    void withoutStreakBonusesAccuracyScoringPaysTheBase() {
        RevealTally plain =
                new RevealTally(new RevealTally.Rules(2000, 20_000, ScoringMode.ACCURACY, false), List.of());
        assertThat(plain.answer(1, 19_000, 5, null)).isEqualTo(new RevealTally.Outcome(2000, 6, true));
    }
}
