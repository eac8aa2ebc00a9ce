package io.quizarena.room;

import java.util.HashMap;
import java.util.Map;

/**
 * Virtual time, the test client's own address as the one trusted proxy, and small join limits, so that a scan is
 * refused after a few guesses and the caches' bound is reached with a few dozen addresses.
 */
public class JoinLimitsProfile extends VirtualTimeProfile {

    static final int PER_ADDRESS = 10;
    static final int REFILL_SECONDS = 20;
    static final int NODE_BURST = 25;
    static final int MAX_ADDRESSES = 50;

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>(super.getConfigOverrides());
        config.put("quarkus.http.proxy.trusted-proxies", "127.0.0.1");
        config.put("arena.room.failed-join-burst", String.valueOf(PER_ADDRESS));
        config.put("arena.room.failed-join-refill-seconds", String.valueOf(REFILL_SECONDS));
        config.put("arena.room.failed-join-node-burst", String.valueOf(NODE_BURST));
        config.put("arena.room.failed-join-node-per-second", "1");
        config.put("arena.room.join-limit-max-addresses", String.valueOf(MAX_ADDRESSES));
        return config;
    }
}
