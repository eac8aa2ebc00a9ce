package io.quizarena.room;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quizarena.bank.LocalizedText;
import io.quizarena.room.GameRecord.AnswerRow;
import io.quizarena.room.GameRecord.PlayerResult;
import io.quizarena.room.RoomPlayer.Answer;
import io.quizarena.scoring.Points;
import io.quizarena.scoring.Ranking;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * One live game: an in-memory state machine driven serially on its {@link Mailbox}. Every method below runs on the
 * mailbox (callers submit through {@link #submit}); nothing here blocks, and the database is reached only through the
 * {@link GameRecorder}, whose result comes back as another command.
 *
 * <p>Fan-out: a phase frame is encoded once and the same string goes to every connection; per-player events (joins,
 * answers) are never broadcast: the host alone hears them, coalesced.
 */
final class Room {

    private static final Logger LOG = Logger.getLogger(Room.class);
    static final int TOP = 10;

    /** What the outside needs to build a room. */
    record Deps(
            RoomScheduler scheduler,
            RoomConfig config,
            NicknamePolicy nicknames,
            GuestIds guestIds,
            GameRecorder recorder,
            Consumer<Room> onClosed) {}

    final String pin;
    final String quizId;
    final String hostName;
    private final String hostToken;
    private final LocalizedText quizTitle;
    final RoomSettings settings;
    private final List<PlayQuestion> questions;
    private final Mailbox mailbox;
    private final Deps deps;
    private final RoomScheduler clock;

    private volatile RoomState state = RoomState.LOBBY;
    private long version;
    private volatile boolean locked;
    private int cap;
    private int questionIndex = -1;
    private int questionsPlayed;
    private Instant startedAt;

    private final Map<String, RoomPlayer> players = new LinkedHashMap<>();
    private final Map<String, RoomPlayer> byToken = new HashMap<>();
    private final Map<String, RoomPlayer> byNickname = new HashMap<>();
    private final Map<Peer, RoomPlayer> byPeer = new IdentityHashMap<>();
    private final Set<String> bannedNicknames = new HashSet<>();
    private int joinSequence;

    private Peer hostPeer;
    private volatile boolean hostAway = true;
    private RoomScheduler.Cancellable hostAbsenceTimer;

    /** Time spent paused, so response times and deadlines count only active time. */
    private boolean paused;

    private boolean pausedByHostDrop;
    private long pausedSince;
    private long pausedTotal;
    private RoomScheduler.Cancellable phaseTimer;
    private long phaseDueAt = -1; // active time at which the running phase timer fires
    private Runnable phaseAction;
    private RoomScheduler.Cancellable lifetimeTimer;

    private int answeredCount;
    /**
     * Players with a connection, and those of them who still owe an answer to the open question, kept up to date at
     * every change: closing early then costs O(1) per answer instead of a scan of the room, which the profile of a
     * 10,000-player run showed as the engine's hottest spot (load-tests/RESULTS.md).
     */
    private int connectedCount;

    private int pendingAnswers;
    /** The acknowledgement of an answer to the open question: the same for everyone, so encoded once. */
    private String ackFrame;

    private ObjectNode lastPhaseFrame;
    private String gameId;

    /** Host updates waiting for the coalescing timer. */
    private final List<RoomPlayer> arrivals = new ArrayList<>();

    private final List<String> departures = new ArrayList<>();
    private boolean answersDirty;
    private RoomScheduler.Cancellable hostFlushTimer;

    Room(
            String pin,
            String hostToken,
            String hostName,
            String quizId,
            LocalizedText quizTitle,
            RoomSettings settings,
            List<PlayQuestion> questions,
            Mailbox mailbox,
            Deps deps) {
        this.pin = pin;
        this.hostToken = hostToken;
        this.hostName = hostName;
        this.quizId = quizId;
        this.quizTitle = quizTitle;
        this.settings = settings;
        this.questions = List.copyOf(questions);
        this.mailbox = mailbox;
        this.deps = deps;
        this.clock = deps.scheduler();
        this.cap = settings.playerCap();
        this.hostAbsenceTimer =
                clock.schedule(deps.config().hostAbsenceMinutes() * 60_000L, () -> submit(this::abandon));
    }

    /** Runs a command on the room's mailbox. */
    void submit(Runnable command) {
        mailbox.execute(command);
    }

    RoomState state() {
        return state;
    }

    /** Approximate outside the mailbox: for lookups, not for decisions. */
    int playerCount() {
        return players.size();
    }

    boolean locked() {
        return locked;
    }

    boolean hostConnected() {
        return !hostAway;
    }

    /** Closes a host connection that did not authenticate in time. */
    void helloTimeout(Peer peer) {
        if (peer != hostPeer) {
            peer.close(CloseCodes.NOT_AUTHENTICATED, "send hello with the host token first");
        }
    }

    // ---- players

    void playerMessage(Peer peer, PlayerCommand command) {
        try {
            RoomPlayer player = byPeer.get(peer);
            if (command instanceof PlayerCommand.Join join) {
                join(peer, player, join);
            } else if (command instanceof PlayerCommand.Resume resume) {
                resume(peer, player, resume.resumeToken());
            } else if (player == null) {
                throw new ProtocolException("not_joined", "join the room first");
            } else if (command instanceof PlayerCommand.Answer answer) {
                answer(peer, player, answer);
            } else if (command instanceof PlayerCommand.Sync) {
                peer.send(welcome(player).toString());
            }
        } catch (ProtocolException e) {
            peer.send(Frames.error(e));
        }
    }

    private void join(Peer peer, RoomPlayer existing, PlayerCommand.Join join) {
        if (existing != null) {
            throw new ProtocolException("already_joined", "you are in this room already");
        }
        requireJoinable();
        if (locked) {
            throw new ProtocolException("room_locked", "the host has locked this room");
        }
        if (players.size() >= cap) {
            throw new ProtocolException("room_full", "this room is full");
        }
        String nickname = deps.nicknames().clean(join.nickname());
        ProtocolException problem = deps.nicknames().problem(nickname);
        if (problem != null) {
            throw problem;
        }
        String key = deps.nicknames().key(nickname);
        if (bannedNicknames.contains(key)) {
            throw new ProtocolException("nickname_kicked", "this nickname was removed from the room by the host");
        }
        if (byNickname.containsKey(key)) {
            throw new ProtocolException("nickname_taken", "someone in this room already uses that nickname");
        }
        String team = join.team() == null ? null : join.team().strip();
        if (team != null && (team.isEmpty() || team.length() > 20)) {
            throw new ProtocolException("invalid_message", "a team code has 1 to 20 characters");
        }
        String guestId = deps.guestIds().isValid(join.guestId())
                ? join.guestId()
                : deps.guestIds().issue();
        String userId = peer instanceof SocketPeer socket ? socket.userName() : null;
        RoomPlayer player = new RoomPlayer(
                "p" + (++joinSequence),
                nickname,
                guestId,
                userId,
                team,
                deps.guestIds().token(),
                joinSequence);
        players.put(player.id, player);
        byToken.put(player.resumeToken, player);
        byNickname.put(key, player);
        attach(peer, player);
        arrivals.add(player);
        scheduleHostFlush();
    }

    private void requireJoinable() {
        if (state == RoomState.PODIUM || state == RoomState.CLOSED) {
            throw new ProtocolException("game_over", "this game has ended");
        }
    }

    private void resume(Peer peer, RoomPlayer existing, String token) {
        RoomPlayer player = byToken.get(token);
        if (player == null) {
            throw new ProtocolException("bad_resume_token", "unknown or revoked resume token");
        }
        if (existing != null && existing != player) {
            throw new ProtocolException("already_joined", "this connection plays as someone else");
        }
        long resumeWindow = deps.config().resumeMinutes() * 60_000L;
        if (!player.connected() && player.disconnectedAt >= 0 && clock.now() - player.disconnectedAt > resumeWindow) {
            throw new ProtocolException("resume_expired", "the resume window has passed; join again");
        }
        if (player.peer != null && player.peer != peer) {
            Peer old = player.peer;
            byPeer.remove(old);
            old.close(CloseCodes.REPLACED, "this player connected again elsewhere");
        }
        attach(peer, player);
        scheduleHostFlush();
    }

    /** Binds a connection to a player and sends the full snapshot. */
    private void attach(Peer peer, RoomPlayer player) {
        boolean wasPending = pending(player);
        if (player.peer == null) {
            connectedCount++;
        }
        player.peer = peer;
        player.disconnectedAt = -1;
        byPeer.put(peer, player);
        if (state == RoomState.QUESTION_OPEN
                && player.questionSentAt < 0
                && !player.answers.containsKey(questionIndex)) {
            // a player arriving mid-question gets it now; their clock starts now
            player.questionSentAt = activeNow();
        }
        pendingAnswers += (pending(player) ? 1 : 0) - (wasPending ? 1 : 0);
        peer.send(welcome(player).toString());
    }

    void playerLeft(Peer peer) {
        RoomPlayer player = byPeer.remove(peer);
        if (player == null || player.peer != peer) {
            return;
        }
        pendingAnswers -= pending(player) ? 1 : 0;
        connectedCount--;
        player.peer = null;
        player.disconnectedAt = clock.now();
        departures.add(player.id);
        scheduleHostFlush();
        closeEarlyIfEveryoneAnswered();
    }

    private void answer(Peer peer, RoomPlayer player, PlayerCommand.Answer message) {
        int index = message.questionIndex();
        if (state != RoomState.QUESTION_OPEN || index != questionIndex) {
            boolean justClosed = index == questionIndex && index >= 0 && state != RoomState.GET_READY;
            throw justClosed
                    ? new ProtocolException("too_late", "answers for this question are closed")
                    : new ProtocolException("not_open", "question " + index + " is not open");
        }
        if (paused) {
            throw new ProtocolException("paused", "the game is paused; answer when it resumes");
        }
        if (player.answers.containsKey(index)) {
            throw new ProtocolException("already_answered", "you answered this question already");
        }
        PlayQuestion question = questions.get(index);
        String shape = question.shapeError(message.submission());
        if (shape != null) {
            throw new ProtocolException(
                    shape,
                    shape.equals("answer_too_long")
                            ? "a typed answer has at most " + Submission.MAX_TEXT + " characters"
                            : "the answer does not fit this question");
        }
        long response = player.questionSentAt < 0 ? Long.MAX_VALUE : activeNow() - player.questionSentAt;
        if (response > question.limitMillis) {
            throw new ProtocolException("too_late", "the time for this question is up");
        }
        double credit = question.credit(message.submission());
        pendingAnswers -= pending(player) ? 1 : 0;
        player.answers.put(index, new Answer(index, message.submission(), credit, 0, response));
        answeredCount++;
        peer.send(ackFrame);
        answersDirty = true;
        scheduleHostFlush();
        closeEarlyIfEveryoneAnswered();
    }

    private void closeEarlyIfEveryoneAnswered() {
        if (state == RoomState.QUESTION_OPEN
                && settings.closeEarly()
                && !paused
                && connectedCount > 0
                && pendingAnswers == 0) {
            closeQuestion();
        }
    }

    /**
     * A connected player who got the open question, has not answered it and still may. A window that passes between
     * two updates leaves the count too high, never too low: the question then closes at its deadline, never early by
     * mistake; {@link #deadlineReached} recounts.
     */
    private boolean pending(RoomPlayer p) {
        return state == RoomState.QUESTION_OPEN
                && p.peer != null
                && p.questionSentAt >= 0
                && !p.answers.containsKey(questionIndex)
                && activeNow() - p.questionSentAt <= questions.get(questionIndex).limitMillis;
    }

    // ---- host

    void hostMessage(Peer peer, HostCommand command) {
        try {
            if (command instanceof HostCommand.Hello hello) {
                hostHello(peer, hello.hostToken());
                return;
            }
            if (peer != hostPeer) {
                throw new ProtocolException("not_authenticated", "send hello with the host token first");
            }
            if (command instanceof HostCommand.Start) {
                start();
            } else if (command instanceof HostCommand.Next) {
                next();
            } else if (command instanceof HostCommand.Skip) {
                skip();
            } else if (command instanceof HostCommand.Pause) {
                pause(false);
            } else if (command instanceof HostCommand.Resume) {
                resumeGame();
            } else if (command instanceof HostCommand.End) {
                end();
            } else if (command instanceof HostCommand.Kick kick) {
                kick(kick.playerId());
            } else if (command instanceof HostCommand.Lock) {
                setLocked(true);
            } else if (command instanceof HostCommand.Unlock) {
                setLocked(false);
            } else if (command instanceof HostCommand.SetCap setCap) {
                setCap(setCap.cap());
            } else if (command instanceof HostCommand.Sync) {
                peer.send(hostWelcome().toString());
            }
        } catch (ProtocolException e) {
            peer.send(Frames.error(e));
        }
    }

    private void hostHello(Peer peer, String token) {
        if (!java.security.MessageDigest.isEqual(
                hostToken.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                token.getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
            peer.close(CloseCodes.BAD_HOST_TOKEN, "wrong host token");
            return;
        }
        if (hostPeer != null && hostPeer != peer) {
            hostPeer.close(CloseCodes.REPLACED, "the host connected again elsewhere");
        }
        hostPeer = peer;
        hostAway = false;
        if (hostAbsenceTimer != null) {
            hostAbsenceTimer.cancel();
            hostAbsenceTimer = null;
        }
        peer.send(hostWelcome().toString());
        if (pausedByHostDrop) {
            resumeGame();
        }
    }

    void hostLeft(Peer peer) {
        if (peer != hostPeer) {
            return;
        }
        hostPeer = null;
        hostAway = true;
        if (state != RoomState.CLOSED) {
            hostAbsenceTimer =
                    clock.schedule(deps.config().hostAbsenceMinutes() * 60_000L, () -> submit(this::abandon));
        }
    }

    private void requireNotPaused() {
        if (paused) {
            throw new ProtocolException("not_now", "the game is paused; resume it first");
        }
    }

    private void start() {
        requireNotPaused();
        if (state != RoomState.LOBBY) {
            throw new ProtocolException("not_now", "the game has started already");
        }
        if (questions.isEmpty()) {
            throw new ProtocolException("not_now", "this quiz has no questions");
        }
        startedAt = Instant.now();
        getReady(0);
    }

    private void next() {
        requireNotPaused();
        switch (state) {
            case REVEAL -> {
                int played = questionIndex + 1;
                boolean last = played == questions.size();
                if (!last && settings.standingsEvery() > 0 && played % settings.standingsEvery() == 0) {
                    standings();
                } else {
                    advance();
                }
            }
            case STANDINGS -> advance();
            case PODIUM -> close("the host closed the room");
            default -> throw new ProtocolException("not_now", "next is not possible in " + state);
        }
    }

    private void skip() {
        requireNotPaused();
        if (state != RoomState.GET_READY && state != RoomState.QUESTION_OPEN) {
            throw new ProtocolException("not_now", "only a coming or open question can be skipped");
        }
        cancelPhaseTimer();
        voidCurrentQuestion();
        version++;
        broadcast(Frames.of("skipped", version)
                .put("questionIndex", questionIndex)
                .toString());
        advance();
    }

    private void end() {
        if (state == RoomState.CLOSED) {
            return;
        }
        if (state == RoomState.PODIUM) {
            close("the host closed the room");
            return;
        }
        if (state == RoomState.GET_READY || state == RoomState.QUESTION_OPEN) {
            voidCurrentQuestion();
        }
        podium(GameRecord.Status.ENDED_EARLY);
    }

    private void kick(String playerId) {
        RoomPlayer player = players.get(playerId);
        if (player == null) {
            throw new ProtocolException("unknown_player", "no player " + playerId);
        }
        pendingAnswers -= pending(player) ? 1 : 0;
        if (player.peer != null) {
            connectedCount--;
        }
        players.remove(playerId);
        byToken.remove(player.resumeToken);
        String key = deps.nicknames().key(player.nickname);
        byNickname.remove(key);
        bannedNicknames.add(key);
        if (player.peer != null) {
            byPeer.remove(player.peer);
            player.peer.send(Frames.of("kicked").toString());
            player.peer.close(CloseCodes.KICKED, "removed by the host");
            player.peer = null;
        }
        if (player.answers.containsKey(questionIndex) && state == RoomState.QUESTION_OPEN) {
            answeredCount--;
        }
        departures.add(player.id);
        scheduleHostFlush();
        closeEarlyIfEveryoneAnswered();
    }

    private void setLocked(boolean value) {
        locked = value;
        version++;
        if (hostPeer != null) {
            hostPeer.send(Frames.of(value ? "locked" : "unlocked", version).toString());
        }
    }

    private void setCap(int value) {
        if (value < 1 || value > 100_000) {
            throw new ProtocolException("invalid_message", "a player cap is 1 to 100000");
        }
        cap = value;
        if (hostPeer != null) {
            hostPeer.send(Frames.of("cap_set", version).put("cap", cap).toString());
        }
    }

    // ---- phases

    private void advance() {
        if (questionIndex + 1 < questions.size()) {
            getReady(questionIndex + 1);
        } else {
            podium(GameRecord.Status.FINISHED);
        }
    }

    private void getReady(int index) {
        state = RoomState.GET_READY;
        questionIndex = index;
        version++;
        ObjectNode frame = Frames.of("get_ready", version)
                .put("questionIndex", index)
                .put("questionCount", questions.size())
                .put("seconds", deps.config().getReadySeconds());
        // timers are set before the frame that announces them, so whoever reacts to the frame finds them running
        schedulePhase(deps.config().getReadySeconds() * 1000L, this::openQuestion);
        phaseBroadcast(frame);
    }

    private void openQuestion() {
        if (hostAway) {
            // DESIGN: a host who dropped pauses the room at the next phase boundary
            pause(true);
            phaseDueAt = activeNow();
            phaseAction = this::openQuestion;
            return;
        }
        PlayQuestion question = questions.get(questionIndex);
        state = RoomState.QUESTION_OPEN;
        answeredCount = 0;
        version++;
        ObjectNode frame = Frames.of("question", version)
                .put("questionIndex", questionIndex)
                .put("questionCount", questions.size())
                .put("timeLimitMillis", question.limitMillis)
                .put("points", question.points)
                // wall-clock stamp for measuring fan-out latency (load-tests/); the engine itself never reads it
                .put("openedAtMicros", epochMicros());
        frame.set("question", question.publicPart());
        lastPhaseFrame = frame;
        ackFrame = Frames.of("answer_ack").put("questionIndex", questionIndex).toString();
        schedulePhase(question.limitMillis, this::deadlineReached);
        String encoded = frame.toString();
        pendingAnswers = 0;
        for (RoomPlayer p : players.values()) {
            if (p.peer != null) {
                p.questionSentAt = activeNow();
                p.peer.send(encoded);
                pendingAnswers++;
            } else {
                p.questionSentAt = -1;
            }
        }
        if (hostPeer != null) {
            hostPeer.send(encoded);
        }
        answersDirty = true;
        scheduleHostFlush();
    }

    /** Each player's window closes one limit after their own frame; the question closes when the last one has. */
    private void deadlineReached() {
        long limit = questions.get(questionIndex).limitMillis;
        long lastWindowEnd = 0;
        for (RoomPlayer p : players.values()) {
            if (p.questionSentAt >= 0 && !p.answers.containsKey(questionIndex)) {
                lastWindowEnd = Math.max(lastWindowEnd, p.questionSentAt + limit);
            }
        }
        long remaining = lastWindowEnd - activeNow();
        if (remaining > 0) {
            pendingAnswers = 0;
            for (RoomPlayer p : players.values()) {
                pendingAnswers += pending(p) ? 1 : 0;
            }
            schedulePhase(remaining, this::deadlineReached);
            closeEarlyIfEveryoneAnswered();
        } else {
            closeQuestion();
        }
    }

    private void closeQuestion() {
        if (state != RoomState.QUESTION_OPEN) {
            return;
        }
        cancelPhaseTimer();
        PlayQuestion question = questions.get(questionIndex);
        state = RoomState.REVEAL;
        questionsPlayed++;
        version++;
        Map<String, Integer> distribution = question.emptyDistribution();
        int correct = 0;
        int answered = 0;
        for (RoomPlayer p : players.values()) {
            Answer a = p.answers.get(questionIndex);
            int points = 0;
            if (a != null) {
                answered++;
                points = Points.award(
                        question.points, a.credit(), a.responseMillis(), question.limitMillis, settings.scoring());
                if (a.correct()) {
                    correct++;
                    p.streak++;
                    p.correctCount++;
                    points += settings.streakBonus() ? Points.streakBonus(p.streak) : 0;
                } else {
                    p.streak = 0;
                }
                p.answers.put(
                        questionIndex,
                        new Answer(questionIndex, a.submission(), a.credit(), points, a.responseMillis()));
                if (a.submission().choiceIds() != null) {
                    a.submission().choiceIds().forEach(id -> distribution.merge(id, 1, Integer::sum));
                }
            } else {
                p.streak = 0;
            }
            p.score += points;
        }
        List<RoomPlayer> ranked = rank();
        ObjectNode frame = Frames.of("reveal", version).put("questionIndex", questionIndex);
        frame.set("correct", question.key());
        ObjectNode dist = frame.putObject("distribution");
        distribution.forEach(dist::put);
        frame.put("answered", answered).put("correctCount", correct).put("playerCount", players.size());
        frame.set("explanation", PlayQuestion.text(question.explanation()));
        phaseBroadcast(frame);
        for (RoomPlayer p : ranked) {
            if (p.peer != null) {
                p.peer.send(result(p).toString());
            }
        }
        answersDirty = false;
    }

    private void standings() {
        state = RoomState.STANDINGS;
        version++;
        List<RoomPlayer> ranked = rank();
        ObjectNode frame = Frames.of("standings", version).put("questionIndex", questionIndex);
        frame.set("top", top(ranked));
        frame.put("playerCount", players.size());
        phaseBroadcast(frame);
        int aboveScore = -1;
        int previousScore = Integer.MIN_VALUE;
        for (RoomPlayer p : ranked) {
            if (p.score != previousScore) {
                aboveScore = previousScore == Integer.MIN_VALUE ? -1 : previousScore;
                previousScore = p.score;
            }
            if (p.peer != null) {
                p.peer.send(Frames.of("standing", version)
                        .put("rank", p.rank)
                        .put("score", p.score)
                        .put("gapToAbove", aboveScore < 0 ? 0 : aboveScore - p.score)
                        .put("playerCount", players.size())
                        .toString());
            }
        }
    }

    private void podium(GameRecord.Status status) {
        cancelPhaseTimer();
        if (paused) {
            paused = false;
            pausedTotal += clock.now() - pausedSince;
        }
        state = RoomState.PODIUM;
        version++;
        List<RoomPlayer> ranked = rank();
        ObjectNode frame =
                Frames.of("podium", version).put("status", status.name().toLowerCase(java.util.Locale.ROOT));
        frame.set("top", top(ranked));
        frame.put("playerCount", players.size()).put("questionsPlayed", questionsPlayed);
        phaseBroadcast(frame);
        for (RoomPlayer p : ranked) {
            if (p.peer != null) {
                p.peer.send(Frames.of("final", version)
                        .put("rank", p.rank)
                        .put("score", p.score)
                        .put("correctCount", p.correctCount)
                        .put("playerCount", players.size())
                        .toString());
            }
        }
        save(status, ranked);
        lifetimeTimer =
                clock.schedule(deps.config().podiumMinutes() * 60_000L, () -> submit(() -> close("the game is over")));
    }

    private void abandon() {
        if (!hostAway || state == RoomState.CLOSED) {
            return;
        }
        if (state != RoomState.PODIUM) {
            if (state == RoomState.GET_READY || state == RoomState.QUESTION_OPEN) {
                voidCurrentQuestion();
            }
            podium(GameRecord.Status.ABANDONED);
        }
        close("the host did not come back");
    }

    private void close(String reason) {
        if (state == RoomState.CLOSED) {
            return;
        }
        cancelPhaseTimer();
        if (lifetimeTimer != null) {
            lifetimeTimer.cancel();
        }
        if (hostAbsenceTimer != null) {
            hostAbsenceTimer.cancel();
        }
        if (hostFlushTimer != null) {
            hostFlushTimer.cancel();
        }
        state = RoomState.CLOSED;
        version++;
        String frame = Frames.of("room_closed", version).put("reason", reason).toString();
        broadcast(frame);
        for (RoomPlayer p : players.values()) {
            if (p.peer != null) {
                p.peer.close(CloseCodes.NORMAL, "room closed");
            }
        }
        if (hostPeer != null) {
            hostPeer.close(CloseCodes.NORMAL, "room closed");
        }
        deps.onClosed().accept(this);
    }

    // ---- pause

    private void pause(boolean becauseHostDropped) {
        if (paused) {
            if (!becauseHostDropped) {
                pausedByHostDrop = false;
            }
            return;
        }
        if (state == RoomState.PODIUM || state == RoomState.CLOSED) {
            throw new ProtocolException("not_now", "the game is over");
        }
        paused = true;
        pausedByHostDrop = becauseHostDropped;
        pausedSince = clock.now();
        if (phaseTimer != null) {
            phaseTimer.cancel();
            phaseTimer = null;
        }
        version++;
        broadcast(Frames.of("paused", version)
                .put("reason", becauseHostDropped ? "host_away" : "host")
                .toString());
    }

    private void resumeGame() {
        if (!paused) {
            throw new ProtocolException("not_now", "the game is not paused");
        }
        paused = false;
        pausedByHostDrop = false;
        pausedTotal += clock.now() - pausedSince;
        version++;
        long remaining = phaseAction == null ? 0 : Math.max(0, phaseDueAt - activeNow());
        if (phaseAction != null) {
            Runnable action = phaseAction;
            if (remaining == 0) {
                submit(() -> firePhase(action));
            } else {
                phaseTimer = clock.schedule(remaining, () -> submit(() -> firePhase(action)));
            }
        }
        broadcast(
                Frames.of("resumed", version).put("remainingMillis", remaining).toString());
        closeEarlyIfEveryoneAnswered();
    }

    // ---- helpers

    private static long epochMicros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
    }

    /** Milliseconds of unpaused time: the clock response times and deadlines run on. */
    private long activeNow() {
        long now = clock.now();
        return now - pausedTotal - (paused ? now - pausedSince : 0);
    }

    private void schedulePhase(long delayMillis, Runnable action) {
        cancelPhaseTimer();
        phaseAction = action;
        phaseDueAt = activeNow() + delayMillis;
        phaseTimer = clock.schedule(delayMillis, () -> submit(() -> firePhase(action)));
    }

    private void firePhase(Runnable action) {
        // a timer may fire after the phase moved on (skip, end) or while paused: only the current action counts
        if (paused || action != phaseAction) {
            return;
        }
        phaseAction = null;
        phaseTimer = null;
        action.run();
    }

    private void cancelPhaseTimer() {
        if (phaseTimer != null) {
            phaseTimer.cancel();
        }
        phaseTimer = null;
        phaseAction = null;
    }

    private void voidCurrentQuestion() {
        for (RoomPlayer p : players.values()) {
            p.answers.remove(questionIndex);
            p.questionSentAt = -1;
        }
    }

    private void phaseBroadcast(ObjectNode frame) {
        lastPhaseFrame = frame;
        broadcast(frame.toString());
    }

    /** Sends one already-encoded frame to every connection of the room. */
    private void broadcast(String frame) {
        for (RoomPlayer p : players.values()) {
            if (p.peer != null) {
                p.peer.send(frame);
            }
        }
        if (hostPeer != null) {
            hostPeer.send(frame);
        }
    }

    private List<RoomPlayer> rank() {
        List<RoomPlayer> ranked = new ArrayList<>(players.values());
        ranked.sort(Comparator.comparingInt((RoomPlayer p) -> -p.score).thenComparingInt(p -> p.joinOrder));
        int[] scores = ranked.stream().mapToInt(p -> p.score).toArray();
        int[] ranks = Ranking.competitionRanks(scores);
        for (int i = 0; i < ranked.size(); i++) {
            ranked.get(i).rank = ranks[i];
        }
        return ranked;
    }

    private static ArrayNode top(List<RoomPlayer> ranked) {
        ArrayNode top = Frames.array();
        for (RoomPlayer p : ranked.subList(0, Math.min(TOP, ranked.size()))) {
            ObjectNode entry = top.addObject()
                    .put("rank", p.rank)
                    .put("playerId", p.id)
                    .put("nickname", p.nickname)
                    .put("score", p.score);
            if (p.team != null) {
                entry.put("team", p.team);
            }
        }
        return top;
    }

    private ObjectNode result(RoomPlayer p) {
        Answer a = p.answers.get(questionIndex);
        return Frames.of("result", version)
                .put("questionIndex", questionIndex)
                .put("answered", a != null)
                .put("correct", a != null && a.correct())
                .put("credit", a == null ? 0 : a.credit())
                .put("points", a == null ? 0 : a.points())
                .put("streak", p.streak)
                .put("score", p.score)
                .put("rank", p.rank)
                .put("playerCount", players.size());
    }

    private ObjectNode welcome(RoomPlayer p) {
        ObjectNode frame = Frames.of("welcome", version)
                .put("protocol", Protocol.VERSION)
                .put("playerId", p.id)
                .put("nickname", p.nickname)
                .put("resumeToken", p.resumeToken)
                .put("guestId", p.guestId);
        if (p.team != null) {
            frame.put("team", p.team);
        }
        frame.set("room", roomInfo());
        ObjectNode you = frame.putObject("you")
                .put("score", p.score)
                .put("streak", p.streak)
                .put("rank", p.rank)
                .put("correctCount", p.correctCount)
                .put("answeredCurrent", p.answers.containsKey(questionIndex) && state == RoomState.QUESTION_OPEN);
        ArrayNode history = you.putArray("answers");
        p.answers.values().stream()
                .filter(a -> a.questionIndex() != questionIndex || state != RoomState.QUESTION_OPEN)
                .sorted(Comparator.comparingInt(Answer::questionIndex))
                .forEach(a -> history.addObject()
                        .put("questionIndex", a.questionIndex())
                        .put("correct", a.correct())
                        .put("points", a.points()));
        if (lastPhaseFrame != null) {
            frame.set("current", lastPhaseFrame);
            if (state == RoomState.QUESTION_OPEN && p.questionSentAt >= 0) {
                long remaining = questions.get(questionIndex).limitMillis - (activeNow() - p.questionSentAt);
                frame.put("remainingMillis", Math.max(0, remaining));
            }
        }
        return frame;
    }

    private ObjectNode roomInfo() {
        ObjectNode room = Frames.object()
                .put("pin", pin)
                .put("state", state.name())
                .put("questionIndex", questionIndex)
                .put("questionCount", questions.size())
                .put("locked", locked)
                .put("paused", paused)
                .put("playerCount", players.size());
        room.set("quizTitle", PlayQuestion.text(quizTitle));
        room.put("scoring", settings.scoring().name().toLowerCase(java.util.Locale.ROOT))
                .put("streakBonus", settings.streakBonus())
                .put("points", settings.points());
        return room;
    }

    private ObjectNode hostWelcome() {
        ObjectNode frame = Frames.of("host_welcome", version)
                .put("protocol", Protocol.VERSION)
                .put("joinUrl", joinUrl())
                .put("cap", cap);
        frame.set("room", roomInfo());
        ArrayNode list = frame.putArray("players");
        players.values().stream()
                .skip(Math.max(0, players.size() - 200))
                .forEach(p -> list.addObject()
                        .put("playerId", p.id)
                        .put("nickname", p.nickname)
                        .put("connected", p.connected())
                        .put("score", p.score));
        if (lastPhaseFrame != null) {
            frame.set("current", lastPhaseFrame);
        }
        if (state == RoomState.QUESTION_OPEN) {
            frame.put("answered", answeredCount);
        }
        return frame;
    }

    String joinUrl() {
        return deps.config().publicUrl() + "/join?pin=" + pin;
    }

    /** Coalesces host updates: at most one flush per coalescing interval, however many joins and answers arrive. */
    private void scheduleHostFlush() {
        if (hostFlushTimer == null) {
            hostFlushTimer = clock.schedule(deps.config().coalesceMillis(), () -> submit(this::flushHost));
        }
    }

    private void flushHost() {
        hostFlushTimer = null;
        if (hostPeer == null) {
            arrivals.clear();
            departures.clear();
            answersDirty = false;
            return;
        }
        if (!arrivals.isEmpty() || !departures.isEmpty()) {
            ObjectNode frame = Frames.of("players").put("count", players.size());
            ArrayNode joined = frame.putArray("joined");
            arrivals.stream()
                    .skip(Math.max(0, arrivals.size() - 50))
                    .forEach(p -> joined.addObject().put("playerId", p.id).put("nickname", p.nickname));
            frame.put("joinedCount", arrivals.size());
            ArrayNode left = frame.putArray("left");
            departures.forEach(left::add);
            hostPeer.send(frame.toString());
            arrivals.clear();
            departures.clear();
        }
        if (answersDirty && state == RoomState.QUESTION_OPEN) {
            hostPeer.send(Frames.of("answer_count")
                    .put("questionIndex", questionIndex)
                    .put("answered", answeredCount)
                    .put("connected", connectedCount)
                    .toString());
        }
        answersDirty = false;
    }

    private void save(GameRecord.Status status, List<RoomPlayer> ranked) {
        gameId = UUID.randomUUID().toString();
        List<PlayerResult> results = new ArrayList<>();
        List<AnswerRow> rows = new ArrayList<>();
        for (RoomPlayer p : ranked) {
            results.add(
                    new PlayerResult(p.id, p.nickname, p.guestId, p.userId, p.team, p.score, p.correctCount, p.rank));
            p.answers.values().stream()
                    .sorted(Comparator.comparingInt(Answer::questionIndex))
                    .forEach(a -> rows.add(new AnswerRow(
                            p.id,
                            a.questionIndex(),
                            questions.get(a.questionIndex()).id,
                            questions.get(a.questionIndex()).topic,
                            a.submission(),
                            a.credit(),
                            a.points(),
                            a.responseMillis())));
        }
        GameRecord record = new GameRecord(
                gameId,
                pin,
                quizId,
                hostName,
                status,
                settingsJson(),
                questions.stream().map(q -> q.id).toList(),
                questionsPlayed,
                startedAt == null ? Instant.now() : startedAt,
                Instant.now(),
                results,
                rows);
        String id = gameId;
        deps.recorder().save(record).whenComplete((ok, failure) -> submit(() -> saved(id, failure)));
    }

    private void saved(String id, Throwable failure) {
        if (failure != null) {
            LOG.errorf(failure, "room %s: saving game %s failed", pin, id);
        }
        if (hostPeer != null) {
            hostPeer.send(
                    failure == null
                            ? Frames.of("game_saved").put("gameId", id).toString()
                            : Frames.error("save_failed", "the results could not be saved; see the server log"));
        }
    }

    private String settingsJson() {
        return Frames.object()
                .put("scoring", settings.scoring().name())
                .put("streakBonus", settings.streakBonus())
                .put("points", settings.points())
                .put("standingsEvery", settings.standingsEvery())
                .put("shuffleQuestions", settings.shuffleQuestions())
                .put("closeEarly", settings.closeEarly())
                .toString();
    }
}
