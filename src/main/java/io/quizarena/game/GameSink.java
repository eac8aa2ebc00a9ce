package io.quizarena.game;

import java.util.concurrent.CompletionStage;

/** Where a game's state goes (the database, off the game's mailbox). The game hears back through the stage. */
public interface GameSink {

    /** A game that ended; saving the same game id again must not save it twice. */
    CompletionStage<Void> save(GameRecord record);

    /** The game's state at a boundary, so another node can carry it on; the latest one replaces the earlier ones. */
    default void snapshot(GameSnapshot snapshot) {}

    /** Whether {@link #snapshot} keeps anything; a game does not take snapshots nobody keeps. */
    default boolean takesSnapshots() {
        return false;
    }
}
