package io.quizarena.game;

/** Live rooms: the host's commands move the game, and a host who drops holds it. */
public final class HostPaced implements Pacing {

    @Override
    public boolean mayPace(Actor actor, PaceCommand command) {
        return actor == Actor.HOST;
    }

    @Override
    public void entered(Phase phase, Steps steps) {
        // the host says when to go on
    }

    @Override
    public boolean holdsForHost() {
        return true;
    }
}
