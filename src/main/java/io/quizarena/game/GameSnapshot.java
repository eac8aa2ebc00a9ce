package io.quizarena.game;

import java.time.Instant;
import java.util.List;

/**
 * What a game must remember to carry on elsewhere: taken on the game's mailbox at every phase boundary (and a second
 * after lobby changes), encoded and written off it. Secrets are kept as {@link TokenHash}es. The questions, rules and
 * timings are not here: they do not change, so the room's record keeps them once.
 *
 * @param pin the game's id
 * @param phase where it stood; a restored game decides from this what happens next ({@link Game#restore})
 * @param version the version of the last frame sent; a restored game goes on from a higher one
 * @param questionIndex the current question (-1 in the lobby)
 * @param questionsPlayed questions revealed so far
 * @param startedAt when the first question was started (null in the lobby)
 * @param paused whether the host had paused the game
 * @param hostAway whether the host was away: a restored game then waits for them
 * @param lastPhaseFrame the last phase frame as sent (JSON), for players who come back
 * @param gameId at the podium: the id the game is saved under, so saving again after a move writes it once
 * @param saved at the podium: whether the database has confirmed the save
 * @param status at the podium: how the game ended
 * @param players everyone admitted, with scores, streaks and every answer, the open question's so far included
 */
public record GameSnapshot(
        String pin,
        Phase phase,
        long version,
        int questionIndex,
        int questionsPlayed,
        Instant startedAt,
        boolean locked,
        int cap,
        boolean paused,
        boolean hostAway,
        int joinSequence,
        List<String> bannedNicknames,
        String lastPhaseFrame,
        String gameId,
        boolean saved,
        GameRecord.Status status,
        List<PlayerState> players) {

    public GameSnapshot {
        bannedNicknames = List.copyOf(bannedNicknames);
        players = List.copyOf(players);
    }

    /** One player as the snapshot keeps them. */
    public record PlayerState(
            String id,
            String nickname,
            String guestId,
            String userId,
            String team,
            String tokenHash,
            int joinOrder,
            int score,
            int streak,
            int correctCount,
            int rank,
            List<Player.Answer> answers) {

        public PlayerState {
            answers = List.copyOf(answers);
        }
    }
}
