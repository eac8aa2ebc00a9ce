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
 * @param screenPassHash the {@link TokenHash} of the screen pass the owner may present in {@code hello} instead of
 *     the host token, from another device (docs/adr/0019); null when there is none
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
        GameTimings timings,
        String screenPassHash) {

    public GameSetup {
        questions = List.copyOf(questions);
    }

    /** A setup whose host seat takes the host token only. */
    public GameSetup(
            String pin,
            String quizId,
            LocalizedText quizTitle,
            String owner,
            String hostTokenHash,
            GameRules rules,
            List<PlayQuestion> questions,
            String joinUrl,
            GameTimings timings) {
        this(pin, quizId, quizTitle, owner, hostTokenHash, rules, questions, joinUrl, timings, null);
    }

    /** The same setup, whose host seat also takes the screen pass with this hash. */
    public GameSetup withScreenPass(String passHash) {
        return new GameSetup(
                pin, quizId, quizTitle, owner, hostTokenHash, rules, questions, joinUrl, timings, passHash);
    }
}
