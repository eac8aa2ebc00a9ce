package io.quizarena.battle;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Battles: their shape, matchmaking and the windows players have. */
@ConfigMapping(prefix = "arena.battle")
public interface BattleConfig {

    /** Questions per battle. */
    @WithDefault("7")
    int questions();

    /** Time limit of each question, in seconds. */
    @WithDefault("10")
    int secondsPerQuestion();

    /** Points of a question (speed-scored); the last one is worth double. */
    @WithDefault("1000")
    int points();

    /** Countdown before each question, in seconds. */
    @WithDefault("3")
    int getReadySeconds();

    /** How long the reveal of a question stays up, in milliseconds. */
    @WithDefault("3000")
    long revealMillis();

    /** How long both scores stay up after a reveal, in milliseconds. */
    @WithDefault("2000")
    long scoresMillis();

    /** A player may drop and come back within this many seconds; gone longer, they forfeit. */
    @WithDefault("10")
    int returnWithinSeconds();

    /** After this many seconds of searching with nobody to meet, the player gets a ghost battle. */
    @WithDefault("15")
    int ghostAfterSeconds();

    /** An unused challenge expires after this many minutes. */
    @WithDefault("10")
    int challengeMinutes();

    /** A matched battle that one side never joins is called off after this many seconds. */
    @WithDefault("60")
    int joinWithinSeconds();

    /** How long a finished battle stays open for a rematch, in minutes. */
    @WithDefault("5")
    int resultMinutes();

    /** How often a node tries to run a matching round, in milliseconds. */
    @WithDefault("500")
    long matchIntervalMillis();

    /** The rating gap accepted at once. */
    @WithDefault("100")
    int initialGap();

    /** The accepted gap grows by this much per second of waiting. */
    @WithDefault("25")
    int gapPerSecond();

    /** The accepted gap never grows beyond this. */
    @WithDefault("800")
    int maxGap();
}
