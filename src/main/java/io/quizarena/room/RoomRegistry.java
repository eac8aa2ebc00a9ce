package io.quizarena.room;

import io.quizarena.game.Game;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The live rooms this node runs, by PIN. Which node runs which room is the {@link RoomDirectory}'s business. */
@ApplicationScoped
class RoomRegistry {

    private final Map<String, Game> rooms = new ConcurrentHashMap<>();

    Game find(String pin) {
        return pin == null ? null : rooms.get(pin);
    }

    boolean contains(String pin) {
        return rooms.containsKey(pin);
    }

    void put(Game room) {
        rooms.put(room.pin(), room);
    }

    boolean remove(Game room) {
        return rooms.remove(room.pin(), room);
    }

    Game remove(String pin) {
        return rooms.remove(pin);
    }

    List<Game> all() {
        return List.copyOf(rooms.values());
    }

    int size() {
        return rooms.size();
    }
}
