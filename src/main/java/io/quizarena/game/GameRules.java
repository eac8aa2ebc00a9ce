package io.quizarena.game;

import io.quizarena.scoring.ScoringMode;
import java.util.List;
import java.util.Locale;

/**
 * How a game scores and flows, resolved (no defaults left to fill).
 *
 * @param scoring speed (faster correct answers earn more) or accuracy-only
 * @param streakBonus add the streak bonus to correct answers in a row
 * @param points points per question
 * @param standingsEvery show standings after every N questions (0 = only the podium)
 * @param shuffleQuestions whether the questions were put in a random order (recorded; done before the game is built)
 * @param closeEarly close a question as soon as every connected player has answered
 * @param playerCap most players admitted
 * @param announceAnswers tell the other players that someone answered (never what): battles, where the opponent's
 *     progress is part of the game; never in big rooms, where it would cost a frame per player per answer
 * @param teams the fixed teams players join (or are balanced into), at most {@link #TEAM_CAP} each; empty: players
 *     may give any team code, or none
 */
public record GameRules(
        ScoringMode scoring,
        boolean streakBonus,
        int points,
        int standingsEvery,
        boolean shuffleQuestions,
        boolean closeEarly,
        int playerCap,
        boolean announceAnswers,
        List<String> teams) {

    /** Most players in one fixed team. */
    public static final int TEAM_CAP = 50;

    public GameRules {
        teams = List.copyOf(teams);
    }

    /** Rules without fixed teams. */
    public GameRules(
            ScoringMode scoring,
            boolean streakBonus,
            int points,
            int standingsEvery,
            boolean shuffleQuestions,
            boolean closeEarly,
            int playerCap,
            boolean announceAnswers) {
        this(
                scoring,
                streakBonus,
                points,
                standingsEvery,
                shuffleQuestions,
                closeEarly,
                playerCap,
                announceAnswers,
                List.of());
    }

    /** The rules as the saved game records them. */
    String toJson() {
        var json = Frames.object()
                .put("scoring", scoring.name())
                .put("streakBonus", streakBonus)
                .put("points", points)
                .put("standingsEvery", standingsEvery)
                .put("shuffleQuestions", shuffleQuestions)
                .put("closeEarly", closeEarly);
        if (!teams.isEmpty()) {
            var list = json.putArray("teams");
            teams.forEach(list::add);
        }
        return json.toString();
    }

    String scoringName() {
        return scoring.name().toLowerCase(Locale.ROOT);
    }
}
