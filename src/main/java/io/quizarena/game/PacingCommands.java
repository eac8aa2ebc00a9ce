package io.quizarena.game;

/**
 * What each pacing command (start, next, skip, pause, resume, end) does in each phase. Whoever gives it has been let
 * through by the game's {@link Pacing}; the phases themselves run in {@link Game}.
 */
final class PacingCommands {

    private final Game game;

    PacingCommands(Game game) {
        this.game = game;
    }

    void apply(PaceCommand command) {
        switch (command) {
            case START -> start();
            case NEXT -> next();
            case SKIP -> skip();
            case PAUSE -> pause(false);
            case RESUME -> resume();
            case END -> end();
        }
    }

    private void requireNotPaused() {
        if (game.time.paused()) {
            throw new ProtocolException("not_now", "the game is paused; resume it first");
        }
    }

    private void start() {
        requireNotPaused();
        if (game.phase() != Phase.LOBBY) {
            throw new ProtocolException("not_now", "the game has started already");
        }
        if (game.setup.questions().isEmpty()) {
            throw new ProtocolException("not_now", "this quiz has no questions");
        }
        game.markStarted();
        game.getReady(0);
    }

    void next() {
        requireNotPaused();
        switch (game.phase()) {
            case REVEAL -> {
                int played = game.questionIndex() + 1;
                int every = game.setup.rules().standingsEvery();
                if (played < game.setup.questions().size() && every > 0 && played % every == 0) {
                    game.standings();
                } else {
                    game.advance();
                }
            }
            case STANDINGS -> game.advance();
            case PODIUM -> game.close("the host closed the room");
            default -> throw new ProtocolException("not_now", "next is not possible in " + game.phase());
        }
    }

    private void skip() {
        requireNotPaused();
        Phase phase = game.phase();
        if (phase != Phase.GET_READY && phase != Phase.QUESTION_OPEN) {
            throw new ProtocolException("not_now", "only a coming or open question can be skipped");
        }
        game.time.cancel();
        game.window.voidQuestion(game.questionIndex(), game.roster.all());
        game.broadcast(Frames.of("skipped", game.nextVersion())
                .put("questionIndex", game.questionIndex())
                .toString());
        game.advance();
    }

    private void end() {
        Phase phase = game.phase();
        if (phase == Phase.CLOSED) {
            return;
        }
        if (phase == Phase.PODIUM) {
            game.close("the host closed the room");
            return;
        }
        if (phase == Phase.GET_READY || phase == Phase.QUESTION_OPEN) {
            game.window.voidQuestion(game.questionIndex(), game.roster.all());
        }
        game.podium(GameRecord.Status.ENDED_EARLY);
    }

    /** Stops the clock; a host who dropped is noted, so that their return resumes the game. */
    void pause(boolean becauseHostDropped) {
        HostSeat host = game.host;
        if (game.time.paused()) {
            host.holding &= becauseHostDropped;
            return;
        }
        if (game.phase() == Phase.PODIUM || game.phase() == Phase.CLOSED) {
            throw new ProtocolException("not_now", "the game is over");
        }
        game.time.pause();
        host.holding = becauseHostDropped;
        game.broadcast(Frames.of("paused", game.nextVersion())
                .put("reason", becauseHostDropped ? "host_away" : "host")
                .toString());
        game.changed();
    }

    private void resume() {
        if (!game.time.paused()) {
            throw new ProtocolException("not_now", "the game is not paused");
        }
        game.host.holding = false;
        long remaining = game.time.resume();
        game.broadcast(Frames.of("resumed", game.nextVersion())
                .put("remainingMillis", remaining)
                .toString());
        game.changed();
        game.closeEarlyIfEveryoneAnswered();
    }
}
