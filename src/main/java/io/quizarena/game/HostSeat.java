package io.quizarena.game;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The host's place in a game: who may sit in it (the token's hash, the screen pass's hash and the account that opened
 * the game), which connections sit in it now (one big screen and one remote, {@link HostView}), and since when it has
 * been empty. The host is away only when no connection is seated: a projector that drops while the phone stays
 * connected does not pause the game.
 */
final class HostSeat {

    private final String tokenHash;
    private final String screenPassHash;
    private final String owner;
    private final Map<HostView, Peer> seated = new EnumMap<>(HostView.class);
    private volatile boolean away = true;
    private GameClock.Cancellable absenceTimer;
    /** The game paused because the host dropped; it resumes when they are back. */
    boolean holding;

    HostSeat(String tokenHash, String screenPassHash, String owner) {
        this.tokenHash = tokenHash;
        this.screenPassHash = screenPassHash;
        this.owner = owner;
    }

    boolean exists() {
        return tokenHash != null;
    }

    /**
     * The token the room was opened with, or the screen pass its owner fetched on another device; constant-time
     * comparisons, so neither can be guessed a byte at a time.
     */
    boolean accepts(String presented) {
        boolean token = TokenHash.matches(presented, tokenHash);
        boolean pass = TokenHash.matches(presented, screenPassHash);
        return token | pass;
    }

    /** The token alone is not enough: a leaked one must not hand the room to another account (or a guest). */
    boolean ownedBy(String account) {
        return owner != null && owner.equals(account);
    }

    /** Sends a frame to every seated host connection. */
    void send(String frame) {
        for (Peer peer : seated.values()) {
            peer.send(frame);
        }
    }

    /** Closes every seated host connection. */
    void closeAll(int code, String reason) {
        for (Peer peer : List.copyOf(seated.values())) {
            peer.close(code, reason);
        }
    }

    boolean isHost(Peer candidate) {
        return candidate != null && viewOf(candidate) != null;
    }

    /** Whether any host connection is seated; for decisions, on the mailbox. */
    boolean occupied() {
        return !seated.isEmpty();
    }

    /** The views seated now, in a fixed order. */
    List<HostView> views() {
        return new ArrayList<>(seated.keySet());
    }

    /** Readable from any thread (lookups); decisions are made on the mailbox. */
    boolean away() {
        return away;
    }

    /** Seats a host connection as {@code view}; returns the connection of that view it replaces, if any. */
    Peer sit(HostView view, Peer newPeer) {
        HostView before = viewOf(newPeer);
        if (before != null) {
            seated.remove(before); // the same connection asking for the other view moves
        }
        Peer old = seated.put(view, newPeer);
        away = false;
        cancelAbsence();
        return old != newPeer ? old : null;
    }

    /** A host connection closed; when it was the last one, the host is away and the absence timer starts. */
    boolean left(Peer closed, PhaseClock time, long absenceMillis, Runnable onAbsence) {
        HostView view = viewOf(closed);
        if (view == null) {
            return false;
        }
        seated.remove(view);
        if (seated.isEmpty()) {
            away = true;
            startAbsence(time, absenceMillis, onAbsence);
        }
        return true;
    }

    void startAbsence(PhaseClock time, long absenceMillis, Runnable onAbsence) {
        cancelAbsence();
        absenceTimer = time.after(absenceMillis, onAbsence);
    }

    void cancelAbsence() {
        if (absenceTimer != null) {
            absenceTimer.cancel();
            absenceTimer = null;
        }
    }

    private HostView viewOf(Peer peer) {
        for (Map.Entry<HostView, Peer> e : seated.entrySet()) {
            if (e.getValue() == peer) {
                return e.getKey();
            }
        }
        return null;
    }
}
