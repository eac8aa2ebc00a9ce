package io.quizarena.room;

import io.quizarena.bank.Violation;
import io.quizarena.game.GameRules;
import io.quizarena.scoring.ScoringMode;
import java.util.ArrayList;
import java.util.List;

/**
 * What the host chooses for a room. Nulls take the defaults of {@link #withDefaults}.
 *
 * @param scoring speed (faster correct answers earn more) or accuracy-only
 * @param streakBonus add the streak bonus to correct answers in a row
 * @param points points per question: 0, 1000, 2000 or any custom value up to 10,000
 * @param standingsEvery show standings after every N questions (1 = every question, 0 = only the podium)
 * @param shuffleQuestions play the quiz's questions in a random order
 * @param closeEarly close a question as soon as every connected player has answered
 * @param timeLimitSeconds one time limit for every question, 5 to 240 s; null keeps each question's own
 * @param playerCap most players the room admits
 * @param shuffleChoices show each question's choices in an order of the room's own (the default); false keeps the
 *     author's order. Ordering items are always shuffled, and never shown in the answer's order.
 * @param teams two to eight fixed teams (a team room, such as a team battle): players pick one or are balanced into
 *     the smallest, at most 50 a side, and each team scores the mean of its members' points; none: players may give
 *     any team code, or none
 */
public record RoomSettings(
        ScoringMode scoring,
        Boolean streakBonus,
        Integer points,
        Integer standingsEvery,
        Boolean shuffleQuestions,
        Boolean closeEarly,
        Integer timeLimitSeconds,
        Integer playerCap,
        Boolean shuffleChoices,
        List<String> teams) {

    public static final int MAX_POINTS = 10_000;

    static RoomSettings none() {
        return new RoomSettings(null, null, null, null, null, null, null, null, null, null);
    }

    public RoomSettings withDefaults(int defaultCap) {
        return new RoomSettings(
                scoring == null ? ScoringMode.SPEED : scoring,
                streakBonus == null || streakBonus,
                points == null ? 1000 : points,
                standingsEvery == null ? 1 : standingsEvery,
                shuffleQuestions != null && shuffleQuestions,
                closeEarly == null || closeEarly,
                timeLimitSeconds,
                playerCap == null ? defaultCap : playerCap,
                shuffleChoices == null || shuffleChoices,
                teams == null ? List.of() : teams.stream().map(String::strip).toList());
    }

    /** The game's rules; call on settings with their defaults filled in. */
    GameRules rules() {
        return new GameRules(
                scoring, streakBonus, points, standingsEvery, shuffleQuestions, closeEarly, playerCap, false, teams);
    }

    List<Violation> violations() {
        List<Violation> out = new ArrayList<>();
        if (points != null && (points < 0 || points > MAX_POINTS)) {
            out.add(new Violation("/settings/points", "0 to " + MAX_POINTS));
        }
        if (standingsEvery != null && (standingsEvery < 0 || standingsEvery > 100)) {
            out.add(new Violation("/settings/standingsEvery", "0 (podium only) to 100"));
        }
        if (timeLimitSeconds != null && (timeLimitSeconds < 5 || timeLimitSeconds > 240)) {
            out.add(new Violation("/settings/timeLimitSeconds", "5 to 240 seconds"));
        }
        if (playerCap != null && (playerCap < 1 || playerCap > 100_000)) {
            out.add(new Violation("/settings/playerCap", "1 to 100000"));
        }
        if (teams != null && !teams.isEmpty()) {
            if (teams.size() < 2 || teams.size() > 8) {
                out.add(new Violation("/settings/teams", "2 to 8 teams, or none"));
            }
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (int i = 0; i < teams.size(); i++) {
                String t = teams.get(i) == null ? "" : teams.get(i).strip();
                if (t.isEmpty() || t.length() > 20) {
                    out.add(new Violation("/settings/teams/" + i, "a team name has 1 to 20 characters"));
                } else if (!seen.add(t.toLowerCase(java.util.Locale.ROOT))) {
                    out.add(new Violation("/settings/teams/" + i, "two teams with the same name"));
                }
            }
        }
        return out;
    }
}
