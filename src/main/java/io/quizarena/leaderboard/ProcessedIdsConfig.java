package io.quizarena.leaderboard;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long the consumer remembers the ids of projected events (docs/adr/0014). */
@ConfigMapping(prefix = "arena.leaderboard.processed-ids")
public interface ProcessedIdsConfig {

    /**
     * Ids processed longer ago than this are deleted. Longer than a record can stay on the topic, which is its
     * {@code retention.ms} plus {@code segment.ms} (Kafka deletes whole segments): 7 + 7 days by default, so 21 days
     * leave a week of margin. A redelivery older than this would be counted again.
     */
    @WithDefault("P21D")
    Duration keep();

    /** How often a node prunes; {@code off} disables it. */
    @WithDefault("1h")
    String pruneEvery();
}
