package io.quizarena.web;

import io.quizarena.room.VirtualTimeProfile;
import java.util.HashMap;
import java.util.Map;

/**
 * Battles in a browser on virtual time: the game's timers (countdowns, question deadlines, reveals, forfeits, the
 * polls for ratings) move only when the test advances the clock, so both phones are asserted phase by phase and every
 * score is exact. Three questions a battle; a ghost after 8 s alone (long enough for the
 * second phone of a test to arrive, short enough for a test to wait for one). The HTTP port is the browser tests' (the challenge link is built from the page).
 */
public class BattleBrowserTestProfile extends VirtualTimeProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>(super.getConfigOverrides());
        config.put("quarkus.http.test-port", String.valueOf(BrowserTestProfile.PORT));
        config.put("arena.room.public-url", "http://localhost:" + BrowserTestProfile.PORT);
        config.put("arena.battle.questions", "3");
        config.put("arena.battle.ghost-after-seconds", "8");
        config.put("arena.battle.match-interval-millis", "100");
        return config;
    }
}
