package io.quizarena.battle;

import io.quizarena.game.CloseCodes;
import io.quizarena.game.Game;
import io.quizarena.game.GameClock;
import io.quizarena.game.GameRecord;
import io.quizarena.game.PaceCommand;
import io.quizarena.game.Peer;
import io.quizarena.game.PlayerCommand;
import io.quizarena.game.ProtocolException;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * One battle on the node that owns it: two sides, an auto-paced game, and what a battle adds to a game (who may sit
 * in which side, the window to come back before a forfeit, the result with both ratings, the rematch). Every method
 * runs on the game's mailbox.
 */
final class Battle {

    enum Status {
        WAITING,
        PLAYING,
        FINISHED,
        ABORTED,
        EXPIRED
    }

    /** One side: who may sit in it, the connection the game sees, and how the side is doing. */
    static final class Side {
        final int index;
        String playerKey; // null: the open side of a challenge, until someone takes it
        String nickname;
        double rating;
        boolean provisional;
        final SeatPeer seat;
        final GhostRun ghost; // this side replays an earlier run
        GhostPeer ghostPeer;
        boolean joined;
        boolean forfeited;
        boolean wantsRematch;
        String lastResult; // the battle_over frame, sent again to a player who comes back
        String ratingResult; // the rating_changed frame, likewise
        GameClock.Cancellable forfeitTimer;

        /** The side's player id in the game, once it joined. */
        String playerId() {
            return ghostPeer != null ? ghostPeer.playerId() : seat.playerId();
        }

        Side(
                int index,
                String playerKey,
                String nickname,
                double rating,
                boolean provisional,
                String user,
                GhostRun ghost) {
            this.index = index;
            this.playerKey = playerKey;
            this.nickname = nickname;
            this.rating = rating;
            this.provisional = provisional;
            this.seat = new SeatPeer(user);
            this.ghost = ghost;
        }
    }

    /** What the battle needs from the service that made it. */
    interface Owner {
        /** Persists a finished battle (results, answers, its score event); completes when committed. */
        CompletionStage<Void> save(Battle battle, GameRecord record, String[] outcomes);

        /** Called once the ratings of a saved battle are known: sends them to whoever is still there. */
        void watchRatings(Battle battle);

        /** A new battle between the same two sides; returns its id. */
        String rematch(Battle battle);

        /** Both sides are in and the battle has begun. */
        void started(Battle battle);

        /** The battle is over for good: forget it. */
        void closed(Battle battle);
    }

    final String id;
    final BattleKind kind;
    final String topic;
    final String code;
    final Side[] sides;
    private final BattleConfig config;
    private final GameClock clock;
    private final Owner owner;
    Game game;
    private Status status = Status.WAITING;
    private boolean aborted;
    private GameClock.Cancellable joinTimer;

    Battle(
            String id,
            BattleKind kind,
            String topic,
            String code,
            Side[] sides,
            BattleConfig config,
            GameClock clock,
            Owner owner) {
        this.id = id;
        this.kind = kind;
        this.topic = topic;
        this.code = code;
        this.sides = sides;
        this.config = config;
        this.clock = clock;
        this.owner = owner;
    }

    /** Binds the game, built with this battle's {@link #finished} as its sink; before anyone can reach the battle. */
    void bind(Game boundGame) {
        this.game = boundGame;
    }

    /** On the mailbox: the join window starts, and a ghost takes its side. */
    void start(long joinWithinMillis) {
        joinTimer = clock.schedule(joinWithinMillis, () -> game.submit(this::joinWindowOver));
        for (Side side : sides) {
            if (side.ghost != null) {
                side.ghostPeer = new GhostPeer(side.ghost, clock);
                side.ghostPeer.bind(game);
                side.joined = true;
                game.playerMessage(side.ghostPeer, new PlayerCommand.Join(side.nickname, null, null));
            }
        }
    }

    Status status() {
        return status;
    }

    Side opponentOf(Side side) {
        return sides[1 - side.index];
    }

    // ---- players

    /** A player's socket joins (or comes back to) their side. */
    void join(Peer socket, String playerKey, String nickname, String guestId) {
        if (status == Status.EXPIRED || status == Status.ABORTED) {
            throw new ProtocolException("battle_over", "this battle is over");
        }
        Side side = sideOf(playerKey);
        if (side == null) {
            side = claimOpenSide(playerKey, nickname);
        }
        Peer old = side.seat.detach();
        if (old != null && old != socket) {
            old.close(CloseCodes.REPLACED, "you joined this battle again elsewhere");
        }
        side.seat.attach(socket);
        cancelForfeit(side);
        if (!side.joined) {
            side.nickname = distinct(nickname, opponentOf(side).nickname);
            game.playerMessage(side.seat, new PlayerCommand.Join(side.nickname, guestId, null));
            side.joined = side.seat.playerId() != null;
            if (!side.joined) {
                return; // the game said why, to the socket
            }
            // the one waiting (a challenger, say) learns who came
            send(opponentOf(side), BattleFrames.welcome(this, opponentOf(side)));
        } else {
            game.playerMessage(side.seat, new PlayerCommand.Sync());
            send(opponentOf(side), BattleFrames.opponentBack(id));
        }
        socket.send(BattleFrames.welcome(this, side));
        if (side.lastResult != null) {
            socket.send(side.lastResult);
        }
        if (side.ratingResult != null) {
            socket.send(side.ratingResult);
        }
        if (status == Status.WAITING && sides[0].joined && sides[1].joined) {
            status = Status.PLAYING;
            joinTimer.cancel();
            game.pace(PaceCommand.START);
            owner.started(this);
        }
    }

    private Side sideOf(String playerKey) {
        for (Side side : sides) {
            if (playerKey.equals(side.playerKey)) {
                return side;
            }
        }
        return null;
    }

    /** The second side of a challenge goes to the first other player who comes. */
    private Side claimOpenSide(String playerKey, String nickname) {
        Side open = sides[1];
        if (kind != BattleKind.CHALLENGE) {
            throw new ProtocolException("not_your_battle", "this battle is between two other players");
        }
        if (open.playerKey != null || status != Status.WAITING) {
            throw new ProtocolException("battle_full", "two players are in this battle already");
        }
        open.playerKey = playerKey;
        open.nickname = nickname;
        return open;
    }

    /** Two sides with the same nickname: the second gets a mark, so nobody confuses the two. */
    private static String distinct(String nickname, String other) {
        return other != null
                        && other.strip()
                                .toLowerCase(Locale.ROOT)
                                .equals(nickname.strip().toLowerCase(Locale.ROOT))
                ? nickname.strip() + " 2"
                : nickname;
    }

    /** An answer, a sync or a rematch request from a player's socket. */
    void command(Peer socket, PlayerCommand command) {
        Side side = sideWithSocket(socket);
        if (side == null) {
            throw new ProtocolException("not_joined", "join the battle first");
        }
        game.playerMessage(side.seat, command);
        if (command instanceof PlayerCommand.Sync) {
            socket.send(BattleFrames.welcome(this, side));
        }
    }

    void rematch(Peer socket) {
        Side side = sideWithSocket(socket);
        if (side == null || status != Status.FINISHED) {
            throw new ProtocolException("not_now", "a rematch is offered once the battle is over");
        }
        side.wantsRematch = true;
        Side other = opponentOf(side);
        if (other.ghost == null && !other.wantsRematch) {
            send(other, BattleFrames.rematchOffered(id));
            return;
        }
        String next = owner.rematch(this);
        for (Side s : sides) {
            send(s, BattleFrames.rematchReady(id, next));
        }
    }

    private Side sideWithSocket(Peer socket) {
        for (Side side : sides) {
            if (side.seat.socket() == socket) {
                return side;
            }
        }
        return null;
    }

    /** A player's socket closed: in a running battle they have a while to come back before they forfeit. */
    void socketClosed(Peer socket) {
        Side side = sideWithSocket(socket);
        if (side == null) {
            return;
        }
        side.seat.detach();
        if (status == Status.PLAYING) {
            long window = config.returnWithinSeconds() * 1000L;
            side.forfeitTimer = clock.schedule(window, () -> game.submit(() -> forfeitIfGone(side)));
            send(opponentOf(side), BattleFrames.opponentLeft(id, config.returnWithinSeconds()));
        }
    }

    private void cancelForfeit(Side side) {
        if (side.forfeitTimer != null) {
            side.forfeitTimer.cancel();
            side.forfeitTimer = null;
        }
    }

    private void forfeitIfGone(Side side) {
        side.forfeitTimer = null;
        if (status != Status.PLAYING || side.seat.socket() != null) {
            return;
        }
        side.forfeited = true;
        Side other = opponentOf(side);
        aborted = other.ghost == null && other.seat.socket() == null;
        game.pace(PaceCommand.END);
    }

    private void joinWindowOver() {
        if (status != Status.WAITING) {
            return;
        }
        status = Status.EXPIRED;
        for (Side side : sides) {
            send(side, BattleFrames.expired(id));
        }
        game.pace(PaceCommand.END);
    }

    private static void send(Side side, String frame) {
        Peer socket = side.seat.socket();
        if (socket != null) {
            socket.send(frame);
        }
    }

    // ---- the end

    /** The game's sink: the battle is over. Tells both sides, then has it saved. */
    CompletionStage<Void> finished(GameRecord record) {
        if (status == Status.EXPIRED) {
            owner.closed(this);
            return CompletableFuture.completedFuture(null);
        }
        status = aborted ? Status.ABORTED : Status.FINISHED;
        int[] scores = new int[2];
        for (GameRecord.PlayerResult p : record.players()) {
            for (Side side : sides) {
                if (p.playerId().equals(side.playerId())) {
                    scores[side.index] = p.score();
                }
            }
        }
        String[] outcomes = BattleOutcome.of(scores[0], scores[1], sides[0].forfeited, sides[1].forfeited);
        for (Side side : sides) {
            side.lastResult = BattleFrames.over(this, side, record, scores, outcomes, aborted);
            send(side, side.lastResult);
        }
        return owner.save(this, record, outcomes).thenRun(() -> owner.watchRatings(this));
    }

    boolean aborted() {
        return aborted;
    }

    /** The game closed (its podium time ran out): the battle is gone. */
    void gameClosed() {
        if (joinTimer != null) {
            joinTimer.cancel();
        }
        for (Side side : sides) {
            cancelForfeit(side);
        }
        owner.closed(this);
    }

    /** Ratings arrived: each side hears both. */
    void ratingsKnown(BattleFrames.RatingChange[] changes) {
        for (Side side : sides) {
            side.ratingResult = BattleFrames.ratingChanged(id, side, changes);
            send(side, side.ratingResult);
        }
    }
}
