package io.quizarena.room;

import java.util.HashMap;
import java.util.Map;

/** Virtual time and a cap of two open rooms per host. */
public class RoomCapProfile extends VirtualTimeProfile {

    static final int CAP = 2;

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>(super.getConfigOverrides());
        config.put("arena.room.max-rooms-per-host", String.valueOf(CAP));
        return config;
    }
}
