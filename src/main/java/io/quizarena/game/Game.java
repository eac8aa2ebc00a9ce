package io.quizarena.game;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quizarena.game.Pacing.Actor;
import io.quizarena.scoring.RevealTally;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * One game (a live room, a battle, a self-paced attempt): the state machine that ties its parts together. Every method
 * runs on the game's mailbox (callers {@link #submit}); nothing here blocks, and the database is reached only through
 * the {@link GameSink}, whose result comes back as another command. What moves the game on is its {@link Pacing}.
 *
 * <p>Parts: {@link Roster} (who is in), {@link PhaseClock} (active time and timers), {@link AnswerWindow} (the open
 * question), {@link HostSeat}, {@link HostFeed} (the host's coalesced updates), {@link Standings}, {@link GameFrames}
 * (what is sent), {@link GameRecording} (what is saved), and the pure reveal arithmetic in {@link RevealTally}.
 */
public final class Game {

    private static final Logger LOG = Logger.getLogger(Game.class);

    /** What the outside provides: time, the serial context, persistence, ids, nickname rules. */
    public record Deps(
            GameClock clock,
            Executor mailbox,
            GameSink sink,
            GameIds ids,
            NicknamePolicy nicknames,
            Consumer<Game> onClosed) {}

    final GameSetup setup;
    private final Pacing pacing;
    private final Deps deps;
    final PhaseClock time;
    final Roster roster;
    final AnswerWindow window;
    final HostSeat host;
    private final HostFeed feed;
    private final GameFrames frames;
    private final PlayerDesk players;
    private final HostDesk hosts;
    private final PacingCommands commands;
    private final GameContinuity continuity;

    private volatile Phase phase = Phase.LOBBY;
    private long version;
    private int questionIndex = -1;
    private int questionsPlayed;
    private Instant startedAt;
    private ObjectNode lastPhaseFrame;
    private GameClock.Cancellable lifetimeTimer;
    private String gameId;
    private boolean saved;
    private GameRecord.Status endStatus;

    public Game(GameSetup setup, Pacing pacing, Deps deps) {
        this.setup = setup;
        this.pacing = pacing;
        this.deps = deps;
        this.time = new PhaseClock(deps.clock(), deps.mailbox());
        this.roster = new Roster(
                deps.nicknames(),
                deps.ids(),
                setup.rules().playerCap(),
                setup.rules().teams());
        this.window = new AnswerWindow(time);
        this.host = new HostSeat(setup.hostTokenHash(), setup.screenPassHash(), setup.owner());
        this.feed = new HostFeed(time, setup.timings().hostCoalesce(), host, roster, window);
        this.frames = new GameFrames(this);
        this.players = new PlayerDesk(this, feed, frames);
        this.hosts = new HostDesk(this, feed, frames);
        this.commands = new PacingCommands(this);
        this.continuity = new GameContinuity(this);
        if (host.exists()) {
            host.startAbsence(time, setup.timings().hostAbsence(), this::abandon);
        }
    }

    /**
     * A game carried on from a snapshot another node took (see {@link GameContinuity} for what happens to the phase it
     * was in). The restore is the first command on the mailbox, so nothing reaches the game before it.
     */
    public static Game restore(GameSetup setup, Pacing pacing, Deps deps, GameSnapshot snapshot) {
        Game game = new Game(setup, pacing, deps);
        game.submit(() -> game.continuity.restore(snapshot));
        return game;
    }

    /** Runs a command on the game's mailbox. */
    public void submit(Runnable command) {
        deps.mailbox().execute(command);
    }

    public String pin() {
        return setup.pin();
    }

    /** The fixed teams players join; empty when players may give any team code. */
    public java.util.List<String> teams() {
        return setup.rules().teams();
    }

    /** The questions in the order they are played. */
    public java.util.List<PlayQuestion> questions() {
        return setup.questions();
    }

    /** Readable from any thread: for lookups, not for decisions. */
    public Phase phase() {
        return phase;
    }

    /** Approximate outside the mailbox: for lookups, not for decisions. */
    public int playerCount() {
        return roster.size();
    }

    public boolean locked() {
        return roster.locked();
    }

    public boolean hostConnected() {
        return !host.away();
    }

    long version() {
        return version;
    }

    long nextVersion() {
        return ++version;
    }

    int questionIndex() {
        return questionIndex;
    }

    Instant wallTime() {
        return deps.clock().wallTime();
    }

    ObjectNode lastPhaseFrame() {
        return lastPhaseFrame;
    }

    int questionsPlayed() {
        return questionsPlayed;
    }

    Instant startedAt() {
        return startedAt;
    }

    String gameId() {
        return gameId;
    }

    boolean saved() {
        return saved;
    }

    GameRecord.Status endStatus() {
        return endStatus;
    }

    GameSink sink() {
        return deps.sink();
    }

    /** Something worth a (coalesced) snapshot changed: the roster, the lock, the cap, the host's seat. */
    void changed() {
        continuity.changed();
    }

    // ---- messages and connections

    public void playerMessage(Peer peer, PlayerCommand command) {
        try {
            refuseWhileMoving(command instanceof PlayerCommand.Sync);
            players.handle(peer, command);
        } catch (RuntimeException e) {
            refuse(peer, e);
        }
    }

    /** A player's connection closed. */
    public void playerLeft(Peer peer) {
        players.left(peer);
    }

    public void hostMessage(Peer peer, HostCommand command) {
        try {
            refuseWhileMoving(command instanceof HostCommand.Sync || command instanceof HostCommand.Hello);
            hosts.handle(peer, command);
        } catch (RuntimeException e) {
            refuse(peer, e);
        }
    }

    /** A game being handed over takes nothing that would change it: the next owner would not know. */
    private void refuseWhileMoving(boolean harmless) {
        if (continuity.frozen() && !harmless) {
            throw new ProtocolException("moving", "the room is moving to another server; it goes on in a moment");
        }
    }

    /** Closes a host connection that did not authenticate in time. */
    public void helloTimeout(Peer peer) {
        hosts.helloTimeout(peer);
    }

    /**
     * A host connection closed: when it was the last one, a host-paced game holds (between questions at once, else at
     * the next boundary); the other host connection, if any, hears which views are left.
     */
    public void hostLeft(Peer peer) {
        if (phase != Phase.CLOSED && hosts.left(peer, this::abandon)) {
            holdIfHostAway(phase == Phase.REVEAL || phase == Phase.STANDINGS);
            changed();
        }
    }

    /** A host-paced game whose host is away pauses where it stands; returns whether it did. */
    private boolean holdIfHostAway(boolean atBoundary) {
        boolean hold = atBoundary && pacing.holdsForHost() && host.exists() && host.away();
        if (hold) {
            pause(true);
        }
        return hold;
    }

    void closeEarlyIfEveryoneAnswered() {
        if (phase == Phase.QUESTION_OPEN
                && setup.rules().closeEarly()
                && !time.paused()
                && roster.connected() > 0
                && window.pendingCount() == 0) {
            closeQuestion();
        }
    }

    // ---- pacing

    /** A pacing command from the service that owns the game (a battle starts when both players are in). */
    public void pace(PaceCommand command) {
        commands.apply(command);
    }

    void pace(Actor actor, PaceCommand command) {
        if (!pacing.mayPace(actor, command)) {
            throw new ProtocolException("not_allowed", "this game does not take that command from you");
        }
        commands.apply(command);
    }

    void pause(boolean becauseHostDropped) {
        commands.pause(becauseHostDropped);
    }

    void markStarted() {
        startedAt = deps.clock().wallTime();
    }

    // ---- phases

    void advance() {
        if (questionIndex + 1 < setup.questions().size()) {
            getReady(questionIndex + 1);
        } else {
            podium(GameRecord.Status.FINISHED);
        }
    }

    void getReady(int index) {
        phase = Phase.GET_READY;
        questionIndex = index;
        version++;
        // timers are set before the frame that announces them, so whoever reacts to the frame finds them running
        time.schedule(setup.timings().getReady(), this::openQuestion);
        phaseBroadcast(frames.getReady());
        continuity.boundary();
    }

    private void openQuestion() {
        if (holdIfHostAway(true)) {
            time.holdUntilResumed(this::openQuestion);
            return;
        }
        PlayQuestion question = setup.questions().get(questionIndex);
        phase = Phase.QUESTION_OPEN;
        version++;
        lastPhaseFrame = frames.question(question);
        window.open(questionIndex, question, roster.all());
        time.schedule(question.limitMillis, this::deadlineReached);
        broadcast(lastPhaseFrame.toString());
        feed.answersChanged();
        continuity.boundary();
    }

    /** Each player's window closes one limit after their own frame; the question closes when the last one has. */
    private void deadlineReached() {
        long remaining = window.untilLastWindowCloses(roster.all());
        if (remaining > 0) {
            window.recount(roster.all());
            time.schedule(remaining, this::deadlineReached);
            closeEarlyIfEveryoneAnswered();
        } else {
            closeQuestion();
        }
    }

    private void closeQuestion() {
        if (phase != Phase.QUESTION_OPEN) {
            return;
        }
        time.cancel();
        window.close();
        PlayQuestion question = setup.questions().get(questionIndex);
        phase = Phase.REVEAL;
        questionsPlayed++;
        version++;
        RevealTally tally = window.score(roster.all(), setup.rules());
        Standings standings = Standings.of(roster.all());
        phaseBroadcast(frames.reveal(question, tally));
        for (Player p : standings.ranked()) {
            if (p.peer != null) {
                p.peer.send(frames.result(p));
            }
        }
        feed.answersShown();
        entered(Phase.REVEAL);
        continuity.boundary();
    }

    void standings() {
        phase = Phase.STANDINGS;
        version++;
        Standings standings = Standings.of(roster.all());
        phaseBroadcast(frames.standings(standings));
        standings.forEachWithGap((p, gap) -> {
            if (p.peer != null) {
                p.peer.send(frames.standing(p, gap));
            }
        });
        entered(Phase.STANDINGS);
        continuity.boundary();
    }

    void podium(GameRecord.Status status) {
        time.stop();
        window.close();
        host.holding = false;
        phase = Phase.PODIUM;
        version++;
        Standings standings = Standings.of(roster.all());
        phaseBroadcast(frames.podium(status, standings, questionsPlayed));
        if (gameId == null) {
            gameId = deps.ids().gameId(); // drawn now: each player's final frame names the game they can review
        }
        for (Player p : standings.ranked()) {
            if (p.peer != null) {
                p.peer.send(frames.finalRank(p));
            }
        }
        endStatus = status;
        save(status, standings);
        lifetimeTimer = time.after(setup.timings().podium(), () -> close("the game is over"));
        pacing.entered(Phase.PODIUM, this::nextAfter);
        continuity.boundary();
    }

    // ---- moving between nodes

    /** Puts back the counters a snapshot recorded; the phase itself is re-entered by {@link GameContinuity}. */
    void restoreCounters(GameSnapshot s, ObjectNode frame) {
        phase = s.phase();
        version = s.version() + 1;
        questionIndex = s.questionIndex();
        questionsPlayed = s.questionsPlayed();
        startedAt = s.startedAt();
        lastPhaseFrame = frame;
        gameId = s.gameId();
        saved = s.saved();
        endStatus = s.status();
    }

    /** A restored reveal or standings: held for a host who is not back yet, or timed on as its pacing says. */
    void reentered(Phase restored) {
        phase = restored;
        entered(restored);
    }

    /** A restored podium: saved again (under the same game id) unless the database had confirmed it. */
    void reenteredPodium(GameRecord.Status status, boolean wasSaved) {
        phase = Phase.PODIUM;
        if (!wasSaved) {
            save(status, Standings.of(roster.all()));
        }
        lifetimeTimer = time.after(setup.timings().podium(), () -> close("the game is over"));
        pacing.entered(Phase.PODIUM, this::nextAfter);
    }

    /** Hands the game over (shutdown): {@code ready} gets the snapshot once the game is frozen at a boundary. */
    public void drain(Consumer<GameSnapshot> ready) {
        continuity.drain(ready);
    }

    /** The drain's time is up: freeze now, even mid-question. */
    public void drainNow() {
        continuity.drainNow();
    }

    /**
     * The game now lives elsewhere: everyone is told to reconnect (they come back to whichever node holds it) and
     * every connection closes with 1012; nothing is saved or deleted here.
     */
    public void handOff() {
        if (phase == Phase.CLOSED) {
            return;
        }
        time.stop();
        if (lifetimeTimer != null) {
            lifetimeTimer.cancel();
        }
        host.cancelAbsence();
        feed.cancel();
        broadcast(Frames.of("reconnect").put("reason", "moving").toString());
        for (Player p : roster.all()) {
            PlayerDesk.endGrace(p);
            if (p.peer != null) {
                p.peer.close(CloseCodes.MOVING, "the room moved; reconnect");
            }
        }
        host.closeAll(CloseCodes.MOVING, "the room moved; reconnect");
        phase = Phase.CLOSED;
    }

    /** After a reveal or standings: a dropped host holds a host-paced game; a timed policy schedules its next step. */
    private void entered(Phase entered) {
        holdIfHostAway(true);
        pacing.entered(entered, this::nextAfter);
    }

    private void nextAfter(long millis) {
        time.schedule(millis, commands::next);
    }

    private void abandon() {
        if (!host.away() || phase == Phase.CLOSED) {
            return;
        }
        if (phase != Phase.PODIUM) {
            if (phase == Phase.GET_READY || phase == Phase.QUESTION_OPEN) {
                window.voidQuestion(questionIndex, roster.all());
            }
            podium(GameRecord.Status.ABANDONED);
        }
        close("the host did not come back");
    }

    void close(String reason) {
        if (phase == Phase.CLOSED) {
            return;
        }
        time.stop();
        if (lifetimeTimer != null) {
            lifetimeTimer.cancel();
        }
        host.cancelAbsence();
        feed.cancel();
        phase = Phase.CLOSED;
        version++;
        broadcast(Frames.of("room_closed", version).put("reason", reason).toString());
        for (Player p : roster.all()) {
            PlayerDesk.endGrace(p);
            if (p.peer != null) {
                p.peer.close(CloseCodes.NORMAL, "room closed");
            }
        }
        host.closeAll(CloseCodes.NORMAL, "room closed");
        deps.onClosed().accept(this);
    }

    // ---- sending and saving

    private void phaseBroadcast(ObjectNode frame) {
        lastPhaseFrame = frame;
        broadcast(frame.toString());
    }

    /** Sends one already-encoded frame to every connection of the game. */
    void broadcast(String frame) {
        roster.sendToAll(frame);
        host.send(frame);
    }

    /** A refused command goes back as a typed error; a failure of ours too, so nobody waits for a reply forever. */
    private void refuse(Peer peer, RuntimeException e) {
        if (e instanceof ProtocolException refused) {
            peer.send(Frames.error(refused));
        } else {
            LOG.errorf(e, "game %s: a command failed", setup.pin());
            peer.send(Frames.error("server_error", "the server could not handle that message; try again"));
        }
    }

    /** The game id is drawn once: a game saved again after a move is the same game, saved once. */
    private void save(GameRecord.Status status, Standings standings) {
        if (gameId == null) {
            gameId = deps.ids().gameId();
        }
        GameRecord record =
                GameRecording.of(gameId, setup, status, questionsPlayed, startedAt, wallTime(), standings.ranked());
        host.send(Frames.of("saving").put("gameId", record.gameId()).toString());
        deps.sink()
                .save(record)
                .whenComplete((ok, failure) -> submit(() -> {
                    saved |= failure == null;
                    hosts.saved(record.gameId(), failure);
                    continuity.boundary();
                }));
    }
}
