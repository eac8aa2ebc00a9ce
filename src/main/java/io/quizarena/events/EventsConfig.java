package io.quizarena.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "arena.events")
public interface EventsConfig {

    Relay relay();

    interface Relay {
        /** Off only in tests that need rows to stay pending. */
        @WithDefault("true")
        boolean enabled();

        /** Rows published per round trip. */
        @WithDefault("200")
        int batchSize();

        /** How often an idle relay looks for rows it was not told about (another node's, or left by a restart). */
        @WithDefault("1s")
        Duration pollInterval();

        /** The first wait after a failed round; it doubles up to {@link #maxBackoff()}. */
        @WithDefault("500ms")
        Duration initialBackoff();

        @WithDefault("30s")
        Duration maxBackoff();

        /**
         * How long to wait for the channel to acknowledge a round. Longer than the Kafka producer's own delivery
         * timeout, so the producer gives up (and says so) first.
         */
        @WithDefault("150s")
        Duration sendTimeout();

        /** Sent rows are kept this long for inspection, then deleted. */
        @WithDefault("P7D")
        Duration keepSent();
    }
}
