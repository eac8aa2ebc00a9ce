package io.quizarena.game;

/**
 * The host's place in a game: who may sit in it (the token's hash and the account that opened the game), who does now,
 * and since when it has been empty.
 */
final class HostSeat {

    private final String tokenHash;
    private final String owner;
    private Peer peer;
    private volatile boolean away = true;
    private GameClock.Cancellable absenceTimer;
    /** The game paused because the host dropped; it resumes when they are back. */
    boolean holding;

    HostSeat(String tokenHash, String owner) {
        this.tokenHash = tokenHash;
        this.owner = owner;
    }

    boolean exists() {
        return tokenHash != null;
    }

    /** Constant-time comparison, so the token cannot be guessed a byte at a time. */
    boolean accepts(String presented) {
        return TokenHash.matches(presented, tokenHash);
    }

    /** The token alone is not enough: a leaked one must not hand the room to another account (or a guest). */
    boolean ownedBy(String account) {
        return owner != null && owner.equals(account);
    }

    Peer peer() {
        return peer;
    }

    /** Sends a frame to the host, if one is seated. */
    void send(String frame) {
        if (peer != null) {
            peer.send(frame);
        }
    }

    boolean isHost(Peer candidate) {
        return candidate != null && candidate == peer;
    }

    /** Readable from any thread (lookups); decisions are made on the mailbox. */
    boolean away() {
        return away;
    }

    /** Seats a host connection; returns the one it replaces, if any. */
    Peer sit(Peer newPeer) {
        Peer old = peer != newPeer ? peer : null;
        peer = newPeer;
        away = false;
        cancelAbsence();
        return old;
    }

    /** The host's connection closed; the absence timer starts. */
    boolean left(Peer closed, PhaseClock time, long absenceMillis, Runnable onAbsence) {
        if (closed != peer) {
            return false;
        }
        peer = null;
        away = true;
        startAbsence(time, absenceMillis, onAbsence);
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
}
