package io.quizarena.game;

/** Every identifier and secret a game hands out, so the engine itself draws no random numbers. */
public interface GameIds {

    /** A unique id for a saved game. */
    String gameId();

    /** A secret token: a player's resume token. */
    String token();

    /** A new guest id, signed so that boards can trust it was issued here. */
    String issueGuestId();

    /** True when a guest id a client presented carries a valid signature. */
    boolean isGuestId(String guestId);
}
