package io.quizarena.game;

/**
 * What moves a game on: a policy, not a fork of the engine. The engine runs every phase the same way (countdowns,
 * question windows, reveals, standings, podium); a policy says who may give the pacing commands and which steps
 * follow by themselves after a set time.
 *
 * <ul>
 *   <li>{@link HostPaced}: live rooms. The host's commands move the game; a host who drops holds it.
 *   <li>{@link AutoPaced}: battles. Timers move the game from reveal to standings to the next question.
 *   <li>{@link SelfPaced}: assignments and practice. A game of one player, who moves on when they are ready.
 * </ul>
 *
 * A new policy implements these three methods; the engine needs no change.
 */
public interface Pacing {

    /** Who gives a pacing command. */
    enum Actor {
        HOST,
        PLAYER
    }

    /** Whether {@code actor} may give {@code command} in this kind of game. */
    boolean mayPace(Actor actor, PaceCommand command);

    /**
     * The game has just entered {@code phase} (reveal, standings or podium); a policy that moves on by itself asks
     * for the next step here.
     */
    void entered(Phase phase, Steps steps);

    /** Whether a host who drops holds the game (it pauses at the next phase boundary until they are back). */
    boolean holdsForHost();

    /** What a policy may ask of the game. */
    interface Steps {

        /** The equivalent of {@code next} after {@code millis} of active time (paused time does not count). */
        void nextAfter(long millis);
    }
}
