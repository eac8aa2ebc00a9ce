package io.quizarena.game;

import io.quizarena.game.Pacing.Actor;

/**
 * What a game does with its players' messages and connections: joining, resuming, answering, leaving. Phase changes
 * are the {@link Game}'s; this desk only admits, records and acknowledges.
 */
final class PlayerDesk {

    private final Game game;
    private final GameSetup setup;
    private final Roster roster;
    private final AnswerWindow window;
    private final PhaseClock time;
    private final HostFeed feed;
    private final GameFrames frames;

    PlayerDesk(Game game, HostFeed feed, GameFrames frames) {
        this.game = game;
        this.setup = game.setup;
        this.roster = game.roster;
        this.window = game.window;
        this.time = game.time;
        this.feed = feed;
        this.frames = frames;
    }

    void handle(Peer peer, PlayerCommand command) {
        Player player = roster.byPeer(peer);
        if (command instanceof PlayerCommand.Join join) {
            join(peer, player, join);
        } else if (command instanceof PlayerCommand.Resume resume) {
            resume(peer, player, resume.resumeToken());
        } else if (player == null) {
            throw new ProtocolException("not_joined", "join the room first");
        } else if (command instanceof PlayerCommand.Answer answer) {
            answer(peer, player, answer);
        } else if (command instanceof PlayerCommand.Pace pace) {
            game.pace(Actor.PLAYER, pace.command());
        } else if (command instanceof PlayerCommand.Sync) {
            peer.send(frames.welcome(player));
        }
    }

    private void join(Peer peer, Player existing, PlayerCommand.Join join) {
        if (existing != null) {
            throw new ProtocolException("already_joined", "you are in this room already");
        }
        if (game.phase() == Phase.PODIUM || game.phase() == Phase.CLOSED) {
            throw new ProtocolException("game_over", "this game has ended");
        }
        Player player = roster.admit(join, peer.userName());
        attach(peer, player);
        feed.arrived(player);
        game.changed();
    }

    private void resume(Peer peer, Player existing, String token) {
        Player player = roster.byToken(token);
        if (player == null) {
            throw new ProtocolException("bad_resume_token", "unknown or revoked resume token");
        }
        if (existing != null && existing != player) {
            throw new ProtocolException("already_joined", "this connection plays as someone else");
        }
        if (player.peer == null
                && player.disconnectedAt >= 0
                && time.now() - player.disconnectedAt > setup.timings().resumeWindow()) {
            throw new ProtocolException("resume_expired", "the resume window has passed; join again");
        }
        if (player.peer != null && player.peer != peer) {
            player.peer.close(CloseCodes.REPLACED, "this player connected again elsewhere");
        }
        if (player.resumeToken == null) {
            player.resumeToken = token; // a restored roster knows only the hash until the player shows the token
        }
        attach(peer, player);
        feed.touched();
    }

    /** Binds a connection to a player and sends the full snapshot. */
    private void attach(Peer peer, Player player) {
        window.track(player, () -> {
            roster.attach(peer, player);
            endGrace(player);
            window.admitLate(player);
        });
        peer.send(frames.welcome(player));
    }

    /** A player's connection closed. If they still owe the open question an answer, it waits for them a while. */
    void left(Peer peer) {
        Player player = roster.byPeer(peer);
        if (player == null || player.peer != peer) {
            return;
        }
        long grace = setup.timings().disconnectGrace();
        window.track(player, () -> {
            boolean owed = window.pending(player);
            roster.detach(player);
            player.disconnectedAt = time.now();
            player.heldOpen = owed && grace > 0;
        });
        if (player.heldOpen) {
            player.graceTimer = time.after(grace, () -> graceOver(player));
        }
        feed.departed(player);
        game.closeEarlyIfEveryoneAnswered();
    }

    private void graceOver(Player player) {
        player.graceTimer = null;
        if (player.heldOpen && player.peer == null) {
            window.track(player, () -> player.heldOpen = false);
            game.closeEarlyIfEveryoneAnswered();
        }
    }

    static void endGrace(Player player) {
        player.heldOpen = false;
        if (player.graceTimer != null) {
            player.graceTimer.cancel();
            player.graceTimer = null;
        }
    }

    private void answer(Peer peer, Player player, PlayerCommand.Answer message) {
        int index = message.questionIndex();
        int open = game.questionIndex();
        if (game.phase() != Phase.QUESTION_OPEN || index != open) {
            boolean justClosed = index == open && index >= 0 && game.phase() != Phase.GET_READY;
            throw justClosed
                    ? new ProtocolException("too_late", "answers for this question are closed")
                    : new ProtocolException("not_open", "question " + index + " is not open");
        }
        if (time.paused()) {
            throw new ProtocolException("paused", "the game is paused; answer when it resumes");
        }
        if (player.answers.containsKey(index)) {
            throw new ProtocolException("already_answered", "you answered this question already");
        }
        PlayQuestion question = setup.questions().get(index);
        String shape = question.shapeError(message.submission());
        if (shape != null) {
            throw new ProtocolException(
                    shape,
                    shape.equals("answer_too_long")
                            ? "a typed answer has at most " + Submission.MAX_TEXT + " characters"
                            : "the answer does not fit this question");
        }
        long response = window.responseMillis(player);
        if (response > question.limitMillis) {
            throw new ProtocolException("too_late", "the time for this question is up");
        }
        double credit = question.credit(message.submission());
        window.answered(player, new Player.Answer(index, message.submission(), credit, 0, response));
        peer.send(window.ackFrame());
        if (setup.rules().announceAnswers()) {
            String notice = Frames.of("opponent_answered")
                    .put("questionIndex", index)
                    .put("playerId", player.id)
                    .toString();
            roster.all().stream().filter(p -> p != player && p.peer != null).forEach(p -> p.peer.send(notice));
        }
        feed.answersChanged();
        game.closeEarlyIfEveryoneAnswered();
    }
}
