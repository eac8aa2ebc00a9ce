package io.quizarena.game;

/**
 * Assignments and practice: a game of one player, who starts it, moves on from each reveal when ready and may stop
 * it. Pausing is pointless (nobody waits for anybody) and skipping would let a player dodge a question, so neither
 * is offered. An assignment for a team is one such game per player.
 */
public final class SelfPaced implements Pacing {

    @Override
    public boolean mayPace(Actor actor, PaceCommand command) {
        return actor == Actor.PLAYER
                && (command == PaceCommand.START || command == PaceCommand.NEXT || command == PaceCommand.END);
    }

    @Override
    public void entered(Phase phase, Steps steps) {
        // the player says when to go on
    }

    @Override
    public boolean holdsForHost() {
        return false;
    }
}
