package io.quizarena.web;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * Browser tests run on a port chosen here, before start. No public URL is configured: the join link (and so the QR
 * code) follows the address the browser opened the host page at (docs/adr/0016). Shorter countdowns keep the games
 * quick. The configuration
 * profile follows the build's (it under -Pit, so the browser tests run against the real PostgreSQL).
 */
public class BrowserTestProfile implements QuarkusTestProfile {

    static final int PORT = freePort();

    @Override
    public String getConfigProfile() {
        return System.getProperty("quarkus.test.profile", "test");
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.http.test-port",
                String.valueOf(PORT),
                "arena.room.get-ready-seconds",
                "1",
                // the screens are asserted as they look: choices as authored, ordering items by their English text
                "arena.room.shuffle",
                "false");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
