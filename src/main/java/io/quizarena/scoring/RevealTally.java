package io.quizarena.scoring;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The reveal of one question, as pure arithmetic: each player's points and new streak from their answer, and the
 * room's counts (answered, correct, picks per choice). No framework types and no clock, so it is the same for live
 * rooms, battles and self-paced play.
 */
public final class RevealTally {

    /**
     * How the question scores.
     *
     * @param base points of the question
     * @param limitMillis its time limit
     * @param mode speed or accuracy scoring
     * @param streakBonus whether correct answers in a row earn the streak bonus
     */
    public record Rules(int base, long limitMillis, ScoringMode mode, boolean streakBonus) {}

    /**
     * One player's outcome.
     *
     * @param points what the answer earned, streak bonus included
     * @param streak the player's streak after this question
     * @param correct whether the answer was fully correct (partial credit earns points but breaks the streak)
     */
    public record Outcome(int points, int streak, boolean correct) {}

    private final Rules rules;
    private final Map<String, Integer> distribution = new LinkedHashMap<>();
    private int answered;
    private int correct;

    /** @param choiceIds the question's choices in their shown order (empty for other types), each counted from 0 */
    public RevealTally(Rules rules, Collection<String> choiceIds) {
        this.rules = rules;
        choiceIds.forEach(id -> distribution.put(id, 0));
    }

    /** A player who did not answer: no points, and their streak is over. */
    public Outcome missed() {
        return new Outcome(0, 0, false);
    }

    /**
     * A player's answer.
     *
     * @param credit 0 to 1, as judged by {@link AnswerCheck}
     * @param responseMillis server time from the question reaching the player to the answer, pauses excluded
     * @param streakBefore the player's streak before this question
     * @param picked the choices picked (null for questions without choices)
     */
    public Outcome answer(double credit, long responseMillis, int streakBefore, Collection<String> picked) {
        answered++;
        if (picked != null) {
            picked.forEach(id -> distribution.merge(id, 1, Integer::sum));
        }
        int points = Points.award(rules.base(), credit, responseMillis, rules.limitMillis(), rules.mode());
        if (credit != 1) {
            return new Outcome(points, 0, false);
        }
        correct++;
        int streak = streakBefore + 1;
        return new Outcome(points + (rules.streakBonus() ? Points.streakBonus(streak) : 0), streak, true);
    }

    public int answered() {
        return answered;
    }

    public int correct() {
        return correct;
    }

    /** Picks per choice, in the shown order. */
    public Map<String, Integer> distribution() {
        return distribution;
    }
}
