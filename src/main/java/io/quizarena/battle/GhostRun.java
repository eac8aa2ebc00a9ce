package io.quizarena.battle;

import io.quizarena.game.Submission;
import java.util.List;
import java.util.Map;

/**
 * An earlier real run that a ghost replays: whose it was, on which questions, and what they answered when.
 *
 * @param battleId the battle the run was played in
 * @param answers by question index; a question without an entry was not answered
 */
record GhostRun(
        String battleId,
        String playerKey,
        String nickname,
        double rating,
        List<String> questionIds,
        Map<Integer, Answer> answers) {

    /** One answer of the run, and how long after the question reached the player it came. */
    record Answer(Submission submission, long responseMillis) {}
}
