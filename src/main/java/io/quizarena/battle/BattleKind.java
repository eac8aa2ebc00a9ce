package io.quizarena.battle;

/** How a battle came about. */
enum BattleKind {
    /** Two players from the matchmaking queue. */
    QUICK,
    /** A player against an earlier real run of someone of similar rating, replayed. */
    GHOST,
    /** Two players who meet through a link or a six-digit code. */
    CHALLENGE
}
