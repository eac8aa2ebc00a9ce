package io.quizarena.room;

import io.quizarena.game.GameRecord;
import io.quizarena.game.GameSink;
import io.quizarena.game.GameSnapshot;
import java.util.concurrent.CompletionStage;

/** Where a live room's state goes: finished games to the recorder, snapshots to the room's record. */
final class RoomSink implements GameSink {

    private final GameRecorder recorder;
    private final RoomSnapshots snapshots;

    RoomSink(GameRecorder recorder, RoomSnapshots snapshots) {
        this.recorder = recorder;
        this.snapshots = snapshots;
    }

    @Override
    public CompletionStage<Void> save(GameRecord record) {
        return recorder.save(record);
    }

    @Override
    public void snapshot(GameSnapshot snapshot) {
        snapshots.offer(snapshot);
    }

    @Override
    public boolean takesSnapshots() {
        return snapshots.enabled();
    }
}
