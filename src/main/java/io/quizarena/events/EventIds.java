package io.quizarena.events;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Event ids derived from what the event is about (name-based UUIDs), so the same fact always gets the same id: even
 * if a game were saved twice, its events could only be counted once.
 */
public final class EventIds {

    private EventIds() {}

    public static String playerScored(String gameId, String playerId) {
        return of("PlayerScored/" + gameId + "/" + playerId);
    }

    public static String gameFinished(String gameId) {
        return of("GameFinished/" + gameId);
    }

    public static String battleFinished(String battleId) {
        return of("BattleFinished/" + battleId);
    }

    private static String of(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
