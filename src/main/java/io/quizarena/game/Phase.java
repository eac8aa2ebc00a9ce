package io.quizarena.game;

/** DESIGN.md "Rooms and rounds": LOBBY -> GET_READY -> QUESTION_OPEN -> REVEAL -> STANDINGS -> ... -> PODIUM -> CLOSED. */
public enum Phase {
    LOBBY,
    GET_READY,
    QUESTION_OPEN,
    REVEAL,
    STANDINGS,
    PODIUM,
    CLOSED
}
