package io.quizarena.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** A team's score is the mean of its members' points, so the size of a team does not decide the game. */
public final class TeamScores {

    /** One team's standing: its mean (rounded to a whole point), how many members it has, and its rank. */
    public record TeamScore(int rank, String team, long mean, int members) {}

    private TeamScores() {}

    /**
     * @param memberPoints each team's members' points
     * @return the teams by mean, highest first (equal means share a rank, then name order)
     */
    public static List<TeamScore> rank(Map<String, List<Integer>> memberPoints) {
        List<TeamScore> unranked = new ArrayList<>();
        memberPoints.forEach((team, points) -> {
            long sum = 0;
            for (int p : points) {
                sum += p;
            }
            long mean = points.isEmpty() ? 0 : Math.round((double) sum / points.size());
            unranked.add(new TeamScore(0, team, mean, points.size()));
        });
        unranked.sort(Comparator.comparingLong(TeamScore::mean).reversed().thenComparing(TeamScore::team));
        int[] ranks = Ranking.competitionRanks(unranked.stream()
                .mapToInt(t -> (int) Math.min(Integer.MAX_VALUE, t.mean()))
                .toArray());
        List<TeamScore> out = new ArrayList<>(unranked.size());
        for (int i = 0; i < unranked.size(); i++) {
            TeamScore t = unranked.get(i);
            out.add(new TeamScore(ranks[i], t.team(), t.mean(), t.members()));
        }
        return out;
    }
}
