package io.quizarena.game;

/**
 * Battles: timers move the game on. After each reveal the standings (when due) or the next question follow after set
 * durations, and the podium closes itself. A host seat, if the game has one (a team battle on a big screen), may
 * still end the game, but does not pace it; nobody's absence holds it.
 *
 * @param revealMillis how long a reveal stays up
 * @param standingsMillis how long standings stay up
 */
public record AutoPaced(long revealMillis, long standingsMillis) implements Pacing {

    @Override
    public boolean mayPace(Actor actor, PaceCommand command) {
        return actor == Actor.HOST && command == PaceCommand.END;
    }

    @Override
    public void entered(Phase phase, Steps steps) {
        switch (phase) {
            case REVEAL -> steps.nextAfter(revealMillis);
            case STANDINGS -> steps.nextAfter(standingsMillis);
            default -> {
                // the podium closes after the game's podium time, as for every game
            }
        }
    }

    @Override
    public boolean holdsForHost() {
        return false;
    }
}
