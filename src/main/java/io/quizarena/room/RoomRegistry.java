package io.quizarena.room;

import io.quizarena.game.Game;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** The live rooms of this node, by PIN. PINs are random and unique among live rooms. */
@ApplicationScoped
class RoomRegistry {

    private final Map<String, Game> rooms = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();

    Game find(String pin) {
        return pin == null ? null : rooms.get(pin);
    }

    /** Reserves a fresh PIN and registers the room the factory builds for it. */
    Game register(Function<String, Game> factory) {
        while (true) {
            String pin = String.valueOf(100_000 + random.nextInt(900_000));
            if (!rooms.containsKey(pin)) {
                Game room = factory.apply(pin);
                if (rooms.putIfAbsent(pin, room) == null) {
                    return room;
                }
            }
        }
    }

    void remove(Game room) {
        rooms.remove(room.pin(), room);
    }

    int size() {
        return rooms.size();
    }
}
