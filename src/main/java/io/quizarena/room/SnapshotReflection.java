package io.quizarena.room;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.quizarena.game.GameRecord;
import io.quizarena.game.GameRules;
import io.quizarena.game.GameSnapshot;
import io.quizarena.game.Phase;
import io.quizarena.game.Player;
import io.quizarena.game.Presentation;
import io.quizarena.game.Submission;
import io.quizarena.scoring.ScoringMode;

/**
 * The engine's types that {@link RoomCodec} writes to and reads from room_record as JSON, registered for the native
 * image here so that the engine itself stays free of Quarkus (it is built with {@code new} in plain tests).
 * NativeRegistrationTest checks this list against what the codec reaches.
 */
@RegisterForReflection(
        targets = {
            GameSnapshot.class,
            GameSnapshot.PlayerState.class,
            Player.Answer.class,
            Submission.class,
            Phase.class,
            GameRecord.Status.class,
            GameRules.class,
            Presentation.class,
            ScoringMode.class
        })
final class SnapshotReflection {
    private SnapshotReflection() {}
}
