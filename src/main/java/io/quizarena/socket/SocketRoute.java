package io.quizarena.socket;

/**
 * Where a socket for a room or battle goes: to what this node runs ({@code local}), to the owner's address, to
 * nowhere (no such room: 4404), or {@code later} (it exists, but cannot be reached now: 1013, the client tries again).
 */
public record SocketRoute<T>(T local, String ownerUrl, boolean retryLater) {

    public static <T> SocketRoute<T> here(T local) {
        return new SocketRoute<>(local, null, false);
    }

    public static <T> SocketRoute<T> owner(String url) {
        return new SocketRoute<>(null, url, false);
    }

    public static <T> SocketRoute<T> unknown() {
        return new SocketRoute<>(null, null, false);
    }

    public static <T> SocketRoute<T> tryAgain() {
        return new SocketRoute<>(null, null, true);
    }
}
