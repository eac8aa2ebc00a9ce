package io.quizarena.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizarena.scoring.TeamScores.TeamScore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TeamScoresTest {

    @Test
    void aTeamScoresTheMeanOfItsMembersSoASmallTeamCanBeatABigOne() {
        Map<String, List<Integer>> points = new LinkedHashMap<>();
        points.put("Blue", List.of(900, 800, 700, 0, 0, 0, 0)); // 2400 in all, mean 343
        points.put("Red", List.of(1000, 900, 800)); // 2700 in all, mean 900
        assertThat(TeamScores.rank(points))
                .containsExactly(new TeamScore(1, "Red", 900, 3), new TeamScore(2, "Blue", 343, 7));
    }

    @Test
    void equalMeansShareARankAndAnEmptyTeamScoresNothing() {
        Map<String, List<Integer>> points = new LinkedHashMap<>();
        points.put("A", List.of(500, 500));
        points.put("B", List.of(1000, 0));
        points.put("C", List.of());
        assertThat(TeamScores.rank(points))
                .containsExactly(
                        new TeamScore(1, "A", 500, 2), new TeamScore(1, "B", 500, 2), new TeamScore(3, "C", 0, 0));
    }
}
