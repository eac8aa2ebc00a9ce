package io.quizarena.game;

import io.quizarena.bank.LocalizedText;
import java.util.List;

/**
 * What a game is made of before it starts.
 *
 * @param pin the id players use to reach it: a room's PIN, a battle's id
 * @param quizId the quiz it plays (recorded)
 * @param quizTitle shown to everyone
 * @param owner who opened it (recorded as the game's host)
 * @param hostTokenHash the {@link TokenHash} of the secret a host presents in {@code hello}; null for a game without a
 *     host seat
 * @param rules scoring and flow
 * @param questions in the order they are played, each in its presentation order
 * @param joinUrl the link players open (shown to the host)
 * @param timings the durations it runs on
 */
public record GameSetup(
        String pin,
        String quizId,
        LocalizedText quizTitle,
        String owner,
        String hostTokenHash,
        GameRules rules,
        List<PlayQuestion> questions,
        String joinUrl,
        GameTimings timings) {

    public GameSetup {
        questions = List.copyOf(questions);
    }
}
