package io.quizarena.game;

/** Messages the host may send (docs/asyncapi.yaml, channel host). */
public sealed interface HostCommand {

    /** @param view which of the host's two connections this is (one big screen and one remote at a time) */
    record Hello(String hostToken, HostView view) implements HostCommand {

        public Hello(String hostToken) {
            this(hostToken, HostView.SCREEN);
        }
    }

    /** start, next, skip, pause, resume, end. */
    record Pace(PaceCommand command) implements HostCommand {}

    record Kick(String playerId) implements HostCommand {}

    record Lock() implements HostCommand {}

    record Unlock() implements HostCommand {}

    record SetCap(int cap) implements HostCommand {}

    record Sync() implements HostCommand {}
}
