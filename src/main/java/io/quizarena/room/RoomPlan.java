package io.quizarena.room;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.quizarena.bank.BankDocument.QuestionDocument;
import io.quizarena.bank.LocalizedText;
import io.quizarena.game.GameRules;
import io.quizarena.game.GameSetup;
import io.quizarena.game.GameTimings;
import io.quizarena.game.PlayQuestion;
import io.quizarena.game.Presentation;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a room is made of that never changes while it runs: written once with the room's record, so that any
 * node can build the same game (the same questions, in the same order, each shown the same way) from it.
 *
 * @param questions in playing order, each with the time limit and points the room gives it
 * @param presentation the seed and switches that fix how each question's choices are shown
 * @param joinOrigin the origin the host opened the room from (docs/adr/0016): the base of the join link the host
 *     socket announces when no public URL is configured, on this node and on any that takes the room over; null in
 *     records written before it was kept
 */
@RegisterForReflection // stored as JSON in room_record.plan
record RoomPlan(
        String quizId,
        LocalizedText quizTitle,
        String owner,
        String hostTokenHash,
        GameRules rules,
        List<PlannedQuestion> questions,
        Presentation presentation,
        String joinOrigin) {

    RoomPlan {
        questions = List.copyOf(questions);
    }

    /** One question as the room plays it. */
    record PlannedQuestion(QuestionDocument document, int limitSeconds, int points) {}

    /** The game's setup: built the same way on the node that opens the room and on any node that takes it over. */
    GameSetup setup(String pin, String joinUrl, GameTimings timings) {
        List<PlayQuestion> played = new ArrayList<>(questions.size());
        for (int i = 0; i < questions.size(); i++) {
            PlannedQuestion q = questions.get(i);
            played.add(new PlayQuestion(q.document(), q.limitSeconds(), q.points(), presentation, i));
        }
        return new GameSetup(pin, quizId, quizTitle, owner, hostTokenHash, rules, played, joinUrl, timings);
    }
}
