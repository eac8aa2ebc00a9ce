package io.quizarena.game;

/** Messages the host may send (docs/asyncapi.yaml, channel host). */
public sealed interface HostCommand {

    record Hello(String hostToken) implements HostCommand {}

    /** start, next, skip, pause, resume, end. */
    record Pace(PaceCommand command) implements HostCommand {}

    record Kick(String playerId) implements HostCommand {}

    record Lock() implements HostCommand {}

    record Unlock() implements HostCommand {}

    record SetCap(int cap) implements HostCommand {}

    record Sync() implements HostCommand {}
}
