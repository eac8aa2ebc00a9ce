package io.quizarena.battle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BattleOutcomeTest {

    @Test
    void theHigherScoreWinsAndEqualScoresDraw() {
        assertThat(BattleOutcome.of(900, 800, false, false)).containsExactly("WIN", "LOSS");
        assertThat(BattleOutcome.of(800, 900, false, false)).containsExactly("LOSS", "WIN");
        assertThat(BattleOutcome.of(700, 700, false, false)).containsExactly("DRAW", "DRAW");
    }

    @Test
    void aForfeitLosesWhateverTheScoreSoThePlayerWhoStayedIsNeverRatedDown() {
        assertThat(BattleOutcome.of(2000, 100, true, false)).containsExactly("LOSS", "WIN");
        assertThat(BattleOutcome.of(0, 3000, false, true)).containsExactly("WIN", "LOSS");
    }
}
