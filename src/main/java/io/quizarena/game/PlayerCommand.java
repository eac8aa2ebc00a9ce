package io.quizarena.game;

/** Messages a player may send (docs/asyncapi.yaml, channel play). */
public sealed interface PlayerCommand {

    record Join(String nickname, String guestId, String team) implements PlayerCommand {}

    record Resume(String resumeToken) implements PlayerCommand {}

    record Answer(int questionIndex, Submission submission) implements PlayerCommand {}

    record Sync() implements PlayerCommand {}

    /** A player moving the game on: only where the pacing lets players pace (self-paced play). */
    record Pace(PaceCommand command) implements PlayerCommand {}
}
