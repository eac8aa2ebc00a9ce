package io.quizarena.leaderboard;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.ZoneId;

@ConfigMapping(prefix = "arena.leaderboard")
public interface LeaderboardConfig {

    /** The zone whose Monday starts a week on the weekly board. */
    @WithDefault("UTC")
    ZoneId weekZone();

    /** Events projected in one transaction at most. */
    @WithDefault("500")
    int batchSize();

    /** Batches projected at the same time, each in its own transaction. */
    @WithDefault("2")
    int projectors();

    /** How long the first event of a batch waits for more before the batch is projected anyway. */
    @WithDefault("50ms")
    Duration batchLinger();

    /** Live board viewers are refreshed at most this often, and at least this often (other nodes' changes). */
    @WithDefault("1s")
    Duration liveMinInterval();

    @WithDefault("5s")
    Duration liveMaxInterval();

    /** Live board viewers one node serves at most (each holds a connection); more get 503 until some leave. */
    @WithDefault("2000")
    int liveMaxViewers();
}
