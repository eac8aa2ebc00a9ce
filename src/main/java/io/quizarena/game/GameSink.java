package io.quizarena.game;

import java.util.concurrent.CompletionStage;

/** Where a finished game goes (the database, off the game's mailbox). The game hears back through the stage. */
public interface GameSink {

    CompletionStage<Void> save(GameRecord record);
}
