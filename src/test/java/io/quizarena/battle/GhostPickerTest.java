package io.quizarena.battle;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizarena.battle.GhostPicker.Candidate;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GhostPickerTest {

    private static Candidate run(String battle, String player, double rating) {
        return new Candidate(battle, 0, player, rating, false);
    }

    @Test
    void picksOneOfTheClosestRunsOfSomeoneElseThatWasNotForfeited() {
        List<Candidate> runs = List.of(
                run("b1", "user:me", 1500),
                new Candidate("b2", 1, "user:quitter", 1500, true),
                run("b3", "user:a", 1510),
                run("b4", "user:b", 1490),
                run("b5", "user:c", 1530),
                run("b6", "user:d", 1470),
                run("b7", "user:e", 1550),
                run("b8", "user:far", 2400));
        Set<String> picked = new HashSet<>();
        Random random = new Random(1);
        IntStream.range(0, 200)
                .forEach(i -> picked.add(
                        GhostPicker.pick(runs, "user:me", 1500, random).battleId()));
        assertThat(picked).containsExactlyInAnyOrder("b3", "b4", "b5", "b6", "b7");
    }

    @Test
    void nothingToReplayWhenOnlyTheSeekersOwnRunsExist() {
        assertThat(GhostPicker.pick(List.of(run("b1", "user:me", 1500)), "user:me", 1500, new Random()))
                .isNull();
        assertThat(GhostPicker.pick(List.of(), "user:me", 1500, new Random())).isNull();
    }
}
