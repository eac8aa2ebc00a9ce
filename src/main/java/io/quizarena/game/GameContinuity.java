package io.quizarena.game;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * How a game outlives the node it runs on: snapshots at its boundaries, the restore from one elsewhere, and the drain
 * that hands a game over on shutdown. What happens to a question that was open depends on how the node went:
 *
 * <ul>
 *   <li>a drain (SIGTERM) lets the open question run to its reveal, then freezes the game there: nothing is lost and
 *       nothing is played twice;
 *   <li>a crash leaves the last snapshot at the question's opening: the restored game voids that question (no
 *       answer to it counts, for anyone) and goes on with the next, as a skip would; a countdown is simply started
 *       again, since nobody saw its question yet (docs/adr/0009).
 * </ul>
 */
final class GameContinuity {

    /** Lobby changes (joins, kicks, lock, cap, the host's seat) are written at most this often. */
    static final long LOBBY_SNAPSHOT_DELAY_MILLIS = 1_000;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Game game;
    private GameClock.Cancellable pending;
    private Consumer<GameSnapshot> draining;
    private boolean frozen;

    GameContinuity(Game game) {
        this.game = game;
    }

    /** Frozen for a hand-over: the game takes no command that would change it. */
    boolean frozen() {
        return frozen;
    }

    /** Something changed that is worth keeping, but not worth a snapshot each time (a join in a big lobby). */
    void changed() {
        if (pending == null && !frozen && game.sink().takesSnapshots()) {
            pending = game.time.after(LOBBY_SNAPSHOT_DELAY_MILLIS, () -> {
                pending = null;
                write();
            });
        }
    }

    /** A phase boundary: written now; a drain waiting for the open question to close finishes here. */
    void boundary() {
        cancelPending();
        if (draining != null && game.phase() != Phase.QUESTION_OPEN) {
            Consumer<GameSnapshot> ready = draining;
            draining = null;
            freeze(ready);
        } else {
            write();
        }
    }

    /** Starts a hand-over: an open question first runs to its reveal; anything else freezes now. */
    void drain(Consumer<GameSnapshot> ready) {
        if (frozen) {
            ready.accept(take());
        } else if (game.phase() == Phase.QUESTION_OPEN && !game.time.paused()) {
            draining = ready;
        } else {
            freeze(ready);
        }
    }

    /** The drain ran out of time: freeze as the game stands (an open question will then be voided). */
    void drainNow() {
        if (draining != null) {
            Consumer<GameSnapshot> ready = draining;
            draining = null;
            freeze(ready);
        }
    }

    private void freeze(Consumer<GameSnapshot> ready) {
        cancelPending();
        game.time.cancel(); // no countdown or timed step runs here again; the next owner arms its own
        frozen = true;
        ready.accept(take());
    }

    private void write() {
        if (!frozen && game.phase() != Phase.CLOSED && game.sink().takesSnapshots()) {
            game.sink().snapshot(take());
        }
    }

    private void cancelPending() {
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
    }

    /** The game as it stands now; O(players + answers), on the mailbox. Encoding happens elsewhere. */
    GameSnapshot take() {
        List<GameSnapshot.PlayerState> players = new ArrayList<>(game.roster.size());
        for (Player p : game.roster.all()) {
            players.add(p.state());
        }
        ObjectNode frame = game.lastPhaseFrame();
        return new GameSnapshot(
                game.pin(),
                game.phase(),
                game.version(),
                game.questionIndex(),
                game.questionsPlayed(),
                game.startedAt(),
                game.roster.locked(),
                game.roster.cap(),
                game.time.paused() && !game.host.holding,
                game.host.away(),
                game.roster.joinSequence(),
                game.roster.bannedNicknames(),
                frame == null ? null : frame.toString(),
                game.gameId(),
                game.saved(),
                game.endStatus(),
                players);
    }

    /** Carries a game on from a snapshot taken elsewhere; everyone comes back by resuming. Runs on the mailbox. */
    void restore(GameSnapshot s) {
        game.roster.restore(s, game.time.now());
        game.restoreCounters(s, parse(s.lastPhaseFrame()));
        switch (s.phase()) {
            case LOBBY -> {}
            case GET_READY -> game.getReady(s.questionIndex());
            case QUESTION_OPEN -> {
                game.window.voidQuestion(s.questionIndex(), game.roster.all());
                game.advance();
            }
            case REVEAL, STANDINGS -> game.reentered(s.phase());
            case PODIUM -> game.reenteredPodium(s.status(), s.saved());
            case CLOSED -> game.close("the game is over");
        }
        if (s.paused() && !game.time.paused() && game.phase() != Phase.PODIUM && game.phase() != Phase.CLOSED) {
            game.pause(false);
        }
        write();
    }

    private static ObjectNode parse(String frame) {
        if (frame == null) {
            return null;
        }
        try {
            return (ObjectNode) JSON.readTree(frame);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a snapshot's last frame is not JSON", e);
        }
    }
}
