package io.quizarena.game;

import java.util.HashMap;
import java.util.Map;

/** A player in one game: identity, connection and score. Touched only on the game's mailbox. */
public final class Player {

    /** One answer as recorded for scoring, the reveal and the database. */
    public record Answer(int questionIndex, Submission submission, double credit, int points, long responseMillis) {

        public boolean correct() {
            return credit == 1;
        }
    }

    public final String id;
    public final String nickname;
    public final String guestId;
    public final String userId;
    public final String team;
    /** The {@link TokenHash} of the resume token: what the roster and snapshots keep. */
    public final String tokenHash;

    final int joinOrder;

    /** The token itself, to hand back in welcome frames; unknown after a restore until the player presents it. */
    String resumeToken;

    Peer peer;
    long disconnectedAt = -1;
    int score;
    int streak;
    int correctCount;
    int rank;
    /** Active time at which the current question's frame was handed to this player's connection; -1 if not sent. */
    long questionSentAt = -1;
    /** Dropped during the open question and still within the grace period: the question keeps waiting for them. */
    boolean heldOpen;

    GameClock.Cancellable graceTimer;

    final Map<Integer, Answer> answers = new HashMap<>();

    Player(String id, String nickname, String guestId, String userId, String team, String resumeToken, int order) {
        this(id, nickname, guestId, userId, team, order, TokenHash.of(resumeToken));
        this.resumeToken = resumeToken;
    }

    /** A player as a snapshot knew them: the token's hash only. */
    private Player(String id, String nickname, String guestId, String userId, String team, int order, String hash) {
        this.id = id;
        this.nickname = nickname;
        this.guestId = guestId;
        this.userId = userId;
        this.team = team;
        this.tokenHash = hash;
        this.joinOrder = order;
    }

    static Player restored(GameSnapshot.PlayerState s) {
        Player p = new Player(s.id(), s.nickname(), s.guestId(), s.userId(), s.team(), s.joinOrder(), s.tokenHash());
        p.score = s.score();
        p.streak = s.streak();
        p.correctCount = s.correctCount();
        p.rank = s.rank();
        s.answers().forEach(a -> p.answers.put(a.questionIndex(), a));
        return p;
    }

    GameSnapshot.PlayerState state() {
        return new GameSnapshot.PlayerState(
                id,
                nickname,
                guestId,
                userId,
                team,
                tokenHash,
                joinOrder,
                score,
                streak,
                correctCount,
                rank,
                java.util.List.copyOf(answers.values()));
    }

    /** The game's own view: a connection counts until the game hears that it closed (no socket call). */
    public boolean connected() {
        return peer != null;
    }

    public int score() {
        return score;
    }

    public int rank() {
        return rank;
    }

    public int streak() {
        return streak;
    }

    public int correctCount() {
        return correctCount;
    }

    public Map<Integer, Answer> answers() {
        return java.util.Collections.unmodifiableMap(answers);
    }
}
