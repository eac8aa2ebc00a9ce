package io.quizarena.room;

import io.quizarena.bank.LocalizedText;
import io.quizarena.game.Game;
import io.quizarena.identity.Caller;
import io.quizarena.problem.NotAllowedException;
import io.quizarena.problem.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * A host's open rooms seen from any device they sign in on (docs/adr/0019): the list, and the screen pass that seats
 * the owner's big screen or remote without the token the opening browser kept. Rooms are read from the room records,
 * so a room another node runs is listed and served the same; a room this node runs shows its live state. Blocking
 * (the database): for a worker thread.
 */
@ApplicationScoped
public class HostRooms {

    /**
     * One of the caller's open rooms.
     *
     * @param state the phase (LOBBY, QUESTION_OPEN, ...), live here, else as of the room's last snapshot
     * @param screenUrl the big screen's page; {@code remoteUrl} the phone controls' page
     */
    public record HostedRoom(
            String pin,
            LocalizedText quizTitle,
            String state,
            int playerCount,
            boolean hostConnected,
            String screenUrl,
            String remoteUrl) {}

    /** What the owner presents in {@code hello} as {@code hostToken}, and where. */
    public record ScreenPass(String pin, String hostToken, String hostSocket, String screenUrl, String remoteUrl) {}

    private final RoomStore store;
    private final RoomDirectory directory;
    private final ScreenPasses passes;

    HostRooms(RoomStore store, RoomDirectory directory, ScreenPasses passes) {
        this.store = store;
        this.directory = directory;
        this.passes = passes;
    }

    /** The rooms the caller opened that are still open, newest first; none for a caller without a name. */
    public List<HostedRoom> mine(Caller caller) {
        if (caller.name() == null) {
            return List.of();
        }
        List<HostedRoom> rooms = new ArrayList<>();
        for (RoomStore.Row row : store.openBy(caller.name(), abandonedBefore())) {
            RoomPlan plan = RoomCodec.plan(row.plan());
            Game live = directory.local(row.pin());
            rooms.add(new HostedRoom(
                    row.pin(),
                    plan.quizTitle(),
                    live != null ? live.phase().name() : row.phase(),
                    live != null ? live.playerCount() : row.playerCount(),
                    live != null ? live.hostConnected() : row.hostConnected(),
                    screenUrl(row.pin()),
                    remoteUrl(row.pin())));
        }
        return rooms;
    }

    /**
     * The screen pass of an open room, for its owner only: another account, an admin included, is refused as the host
     * socket would refuse it; an unknown, closed or long-abandoned room is not found.
     */
    public ScreenPass screenPass(String pin, Caller caller) {
        RoomPlan plan = openPlan(pin);
        if (caller.name() == null || !caller.name().equals(plan.owner())) {
            throw new NotAllowedException("this room was opened by another account");
        }
        return new ScreenPass(pin, passes.pass(plan), "/ws/host/" + pin, screenUrl(pin), remoteUrl(pin));
    }

    private RoomPlan openPlan(String pin) {
        RoomStore.Row row = pin != null && pin.matches("\\d{6}") ? store.find(pin, false) : null;
        boolean open = row != null && (row.ownerNode() == null || row.leaseUntil() >= abandonedBefore());
        if (!open) {
            throw new NotFoundException("no open room with PIN " + pin);
        }
        return RoomCodec.plan(row.plan());
    }

    private static long abandonedBefore() {
        return System.currentTimeMillis() - RoomDirectory.ABANDONED_MILLIS;
    }

    static String screenUrl(String pin) {
        return "/host/room/" + pin;
    }

    static String remoteUrl(String pin) {
        return "/host/room/" + pin + "?view=remote";
    }
}
