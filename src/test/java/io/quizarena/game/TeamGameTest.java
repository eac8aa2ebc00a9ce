package io.quizarena.game;

import static io.quizarena.game.GameHarness.lastError;
import static io.quizarena.game.GameHarness.single;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Team rooms: fixed teams, balancing, a cap per side, and team scores that are the means of their members. */
class TeamGameTest {

    private final GameHarness h = new GameHarness(
            List.of(single("q1", 20, "b"), single("q2", 20, "c")),
            new HostPaced(),
            GameHarness.teamRules("Red", "Blue"));

    private static int score(JsonNode teams, String team) {
        for (JsonNode t : teams) {
            if (t.path("team").asText().equals(team)) {
                return t.path("score").asInt();
            }
        }
        throw new AssertionError("no team " + team + " in " + teams);
    }

    @Test
    void threeAgainstSevenScoreTheirMeansSoTheSmallerTeamCanWin() {
        RecordingPeer host = h.host();
        List<RecordingPeer> red = new ArrayList<>();
        List<RecordingPeer> blue = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            red.add(h.join("red" + i, "red")); // a team's name ignores case
        }
        for (int i = 0; i < 7; i++) {
            blue.add(h.join("blue" + i, "Blue"));
        }
        assertThat(red.get(0).take("welcome").path("team").asText()).isEqualTo("Red");
        h.hostSends(host, PaceCommand.START);
        h.clock.advance(3_000);
        red.forEach(p -> h.choose(p, 0, "b")); // all three right: 1000 each, mean 1000
        for (int i = 0; i < 7; i++) {
            h.choose(blue.get(i), 0, i < 4 ? "b" : "a"); // four of seven right: 4000 / 7 = 571
        }
        JsonNode reveal = host.take("reveal");
        assertThat(score(reveal.path("teams"), "Red")).isEqualTo(1000);
        assertThat(score(reveal.path("teams"), "Blue")).isEqualTo(571);
        assertThat(reveal.path("teams").get(0).path("team").asText()).isEqualTo("Red");
        assertThat(reveal.path("teams").get(1).path("members").asInt()).isEqualTo(7);
        h.hostSends(host, PaceCommand.NEXT);
        assertThat(score(host.take("standings").path("teams"), "Blue")).isEqualTo(571);
        h.hostSends(host, PaceCommand.NEXT);
        h.clock.advance(3_000);
        red.forEach(p -> h.choose(p, 1, "a"));
        blue.forEach(p -> h.choose(p, 1, "c"));
        h.hostSends(host, PaceCommand.NEXT);
        JsonNode podium = host.take("podium");
        assertThat(score(podium.path("teams"), "Red")).isEqualTo(1000); // 3000 / 3
        assertThat(score(podium.path("teams"), "Blue")).isEqualTo(1571); // 11000 / 7
        assertThat(podium.path("teams").get(0).path("team").asText()).isEqualTo("Blue");
    }

    @Test
    void aPlayerWhoPicksNoTeamJoinsTheSmallestAndAFullOrUnknownTeamIsRefused() {
        h.join("a", "Red");
        h.join("b", "Red");
        RecordingPeer c = h.join("c");
        assertThat(c.take("welcome").path("team").asText()).isEqualTo("Blue");
        RecordingPeer d = h.join("d", "Green");
        assertThat(lastError(d)).isEqualTo("unknown_team");
        for (int i = 0; i < GameRules.TEAM_CAP - 2; i++) {
            h.join("r" + i, "Red");
        }
        RecordingPeer late = h.join("late", "Red");
        assertThat(lastError(late)).isEqualTo("team_full");
        RecordingPeer host = h.host();
        JsonNode teams = host.take("host_welcome").path("teams");
        assertThat(teams.get(0).path("members").asInt()).isEqualTo(GameRules.TEAM_CAP);
        assertThat(teams.get(1).path("members").asInt()).isEqualTo(1);
    }

    @Test
    void freeTeamCodesAlsoScoreTheirMeansAndIgnoreCase() {
        GameHarness free = new GameHarness(
                List.of(single("q1", 20, "b")),
                new HostPaced(),
                GameHarness.rules(io.quizarena.scoring.ScoringMode.ACCURACY, 0, true));
        RecordingPeer host = free.host();
        RecordingPeer a = free.join("a", "ops");
        RecordingPeer b = free.join("b", "OPS");
        RecordingPeer c = free.join("c", "dev");
        RecordingPeer solo = free.join("solo");
        free.hostSends(host, PaceCommand.START);
        free.clock.advance(3_000);
        free.choose(a, 0, "b");
        free.choose(b, 0, "a");
        free.choose(c, 0, "a");
        free.choose(solo, 0, "b");
        JsonNode teams = host.take("reveal").path("teams");
        assertThat(teams).hasSize(2);
        assertThat(score(teams, "ops")).isEqualTo(500);
        assertThat(score(teams, "dev")).isZero();
    }
}
