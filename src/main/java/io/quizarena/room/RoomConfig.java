package io.quizarena.room;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

@ConfigMapping(prefix = "arena.room")
public interface RoomConfig {

    /**
     * Base URL players open; the join link is {@code <public-url>/join?pin=...}. Unset, the link follows the address
     * the host's browser used (docs/adr/0016).
     */
    Optional<String> publicUrl();

    /** Countdown before each question opens, in seconds. */
    @WithDefault("3")
    int getReadySeconds();

    /** Default player cap of a room. */
    @WithDefault("10000")
    int defaultPlayerCap();

    /** How long a disconnected player may resume with their token, in minutes. */
    @WithDefault("10")
    int resumeMinutes();

    /**
     * How long an open question keeps waiting for a player whose connection dropped (a reload, a tunnel) before
     * closing early stops waiting for them, in seconds. Their own answer window is not shortened.
     */
    @WithDefault("5")
    int disconnectGraceSeconds();

    /**
     * Whether rooms show choices and ordering items in an order of their own. False shows choices as authored and
     * ordering items by their English text (still never in the answer's order): for tests that assert what a screen
     * shows, and for a demo with a printed answer sheet.
     */
    @WithDefault("true")
    boolean shuffle();

    /** One presentation seed for every room instead of a random one per room: reproducible orders, for tests. */
    Optional<Long> presentationSeed();

    /** How long a room lives without its host before it ends, in minutes. */
    @WithDefault("10")
    int hostAbsenceMinutes();

    /** How long a finished room stays open on its podium before it closes, in minutes. */
    @WithDefault("10")
    int podiumMinutes();

    /** Outgoing frames a connection may have in flight; a client that stops reading is dropped past this. */
    @WithDefault("256")
    int maxPendingFrames();

    /** Host-bound updates (arrivals, live answer count) are coalesced over this many milliseconds. */
    @WithDefault("250")
    int coalesceMillis();

    /** Messages a connection may send per second on average. */
    @WithDefault("10")
    int messagesPerSecond();

    /** Burst of messages a connection may send at once. */
    @WithDefault("30")
    int messageBurst();

    /**
     * Failed join attempts (unknown or closed PIN) per client address before it must wait: burst. Joins to open rooms
     * cost nothing, so this only has to cover a class's mistyped PINs (docs/adr/0013).
     */
    @WithDefault("30")
    int failedJoinBurst();

    /** Failed join attempts per client address: one more allowed every this many seconds. */
    @WithDefault("20")
    int failedJoinRefillSeconds();

    /** Failed join attempts of all addresses together, per node, before every new guess must wait: burst. */
    @WithDefault("300")
    int failedJoinNodeBurst();

    /** Failed join attempts of all addresses together, per node: sustained rate per second. */
    @WithDefault("5")
    int failedJoinNodePerSecond();

    /** Client addresses (and address-PIN pairs) the join limits remember at most; the least recent are forgotten. */
    @WithDefault("100000")
    int joinLimitMaxAddresses();

    /** Open rooms one host account may have at once, on all nodes together; closing one frees a slot. */
    @WithDefault("20")
    int maxRoomsPerHost();

    /** Secret that signs guest ids. Set it in production; the default is for development only. */
    @WithDefault("dev-only-guest-secret-change-me")
    String guestSecret();

    /** Extra words refused in nicknames, beside the built-in list. */
    Optional<List<String>> blockedWords();

    /** What one connection may cost (queue and flood limits above). */
    default io.quizarena.socket.SocketLimits socketLimits() {
        return new io.quizarena.socket.SocketLimits(maxPendingFrames(), messageBurst(), messagesPerSecond());
    }
}
