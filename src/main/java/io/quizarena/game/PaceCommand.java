package io.quizarena.game;

/** The commands that move a game on. Who may give them is the pacing policy's call ({@link Pacing#mayPace}). */
public enum PaceCommand {
    START,
    NEXT,
    SKIP,
    PAUSE,
    RESUME,
    END
}
