package io.quizarena.battle;

import io.quizarena.room.VirtualTimeProfile;
import java.util.HashMap;
import java.util.Map;

/**
 * Battles on virtual time (the game's timers move only when a test advances the clock), with matchmaking rounds every
 * 50 ms of real time and ghosts offered after one second of searching.
 */
public class BattleTestProfile extends VirtualTimeProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>(super.getConfigOverrides());
        config.put("arena.battle.match-interval-millis", "50");
        config.put("arena.battle.ghost-after-seconds", "1");
        return config;
    }
}
