package io.quizarena.room;

import io.quizarena.game.Game;
import io.quizarena.game.GameSetup;
import io.quizarena.game.GameSnapshot;
import io.quizarena.game.GameTimings;
import io.quizarena.game.HostPaced;
import io.quizarena.game.NicknamePolicy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Consumer;

/** Builds a live room's game from its plan: a new one, or one carried on from a snapshot. Host-paced, always. */
@ApplicationScoped
class RoomGames {

    private final RoomScheduler scheduler;
    private final RoomEngine engine;
    private final GameRecorder recorder;
    private final RoomSnapshots snapshots;
    private final GuestIds ids;
    private final NicknamePolicy nicknames;
    private final RoomConfig config;
    private final JoinLinks links;
    private final ScreenPasses passes;

    RoomGames(
            RoomScheduler scheduler,
            RoomEngine engine,
            GameRecorder recorder,
            RoomSnapshots snapshots,
            GuestIds ids,
            NicknamePolicy nicknames,
            RoomConfig config,
            JoinLinks links,
            ScreenPasses passes) {
        this.scheduler = scheduler;
        this.engine = engine;
        this.recorder = recorder;
        this.snapshots = snapshots;
        this.ids = ids;
        this.nicknames = nicknames;
        this.config = config;
        this.links = links;
        this.passes = passes;
    }

    /** @param snapshot where to carry on from; null for a game that has not taken one (a fresh lobby) */
    Game build(String pin, RoomPlan plan, GameSnapshot snapshot, Consumer<Game> onClosed) {
        // the seat also takes the owner's screen pass: computed again here, so the node that takes a room over has it
        GameSetup setup =
                plan.setup(pin, joinUrl(plan.joinOrigin(), pin), timings()).withScreenPass(passes.hash(plan));
        Game.Deps deps = new Game.Deps(
                scheduler, engine.newMailbox(pin), new RoomSink(recorder, snapshots), ids, nicknames, onClosed);
        return snapshot == null
                ? new Game(setup, new HostPaced(), deps)
                : Game.restore(setup, new HostPaced(), deps, snapshot);
    }

    /** The link the host socket announces: the public URL's when set, else the one at the origin the room came from. */
    String joinUrl(String roomOrigin, String pin) {
        return JoinLinks.joinUrl(links.configured().orElse(roomOrigin), pin);
    }

    private GameTimings timings() {
        return new GameTimings(
                config.getReadySeconds() * 1000L,
                config.coalesceMillis(),
                config.resumeMinutes() * 60_000L,
                config.disconnectGraceSeconds() * 1000L,
                config.hostAbsenceMinutes() * 60_000L,
                config.podiumMinutes() * 60_000L);
    }
}
