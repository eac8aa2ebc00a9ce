package io.quizarena.leaderboard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quizarena.events.InProcessChannel;
import io.quizarena.events.Outbox;
import io.quizarena.events.PlayerScored;
import io.quizarena.events.ScoreEvent;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * Dev and test builds have no dead-letter topic: an event the consumer cannot read is counted, logged whole and let
 * go (the relay marks it sent rather than offering it for ever), and the events after it are projected.
 */
@QuarkusTest
// the in-process channel exists in dev and test builds only; under -Pit the Kafka dead-letter topic takes these events
// (KafkaScoreEventsTest)
@DisabledIfSystemProperty(named = "quarkus.test.profile", matches = "it")
class InProcessDeadLettersTest {

    @Inject
    DataSource dataSource;

    @Inject
    Outbox outbox;

    @Inject
    MeterRegistry metrics;

    @Inject
    LeaderboardQueries queries;

    @Test
    void unreadableEventsAreCountedAndLoggedAndTheNextEventIsProjected() throws SQLException {
        double unreadableBefore = deadLetters("unreadable");
        double newerBefore = deadLetters("newer-schema");
        Queue<String> logged = new ConcurrentLinkedQueue<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(
                        String.valueOf(record.getMessage()) + " " + java.util.Arrays.toString(record.getParameters()));
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger channelLog = Logger.getLogger(InProcessChannel.class.getName());
        channelLog.addHandler(capture);
        try {
            String marker = UUID.randomUUID().toString();
            String garbage = insertRaw("not a score event " + marker);
            String game = UUID.randomUUID().toString();
            String player = "dlq-" + UUID.randomUUID();
            PlayerScored fromTheFuture = LeaderboardProjectionTest.scored(game, player + "-future", 5, null);
            String newer = insertRaw("{\"type\":\"PlayerScored\",\"schemaVersion\":" + (ScoreEvent.SCHEMA_VERSION + 1)
                    + ",\"eventId\":\"" + fromTheFuture.eventId() + "\",\"occurredAt\":\"2026-12-01T10:00:00Z\"}");
            PlayerScored valid = LeaderboardProjectionTest.scored(game, player, 321, null);
            try (Connection c = dataSource.getConnection()) {
                outbox.append(c, List.of(valid));
            }
            outbox.committed();

            Awaitility.await()
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> queries.page(Boards.game(game), 10, 0).entrants() == 1);
            Awaitility.await()
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> sent(garbage) && sent(newer) && sent(valid.eventId()));
            assertThat(deadLetters("unreadable")).isEqualTo(unreadableBefore + 1);
            assertThat(deadLetters("newer-schema")).isEqualTo(newerBefore + 1);
            assertThat(logged).anyMatch(line -> line.contains("not a score event " + marker));
            String metricsPage =
                    given().get("/q/metrics").then().statusCode(200).extract().asString();
            assertThat(metricsPage)
                    .containsPattern("arena_leaderboard_events_dead_letters_total\\{[^}]*reason=\"unreadable\"");
        } finally {
            channelLog.removeHandler(capture);
        }
    }

    private double deadLetters(String reason) {
        return metrics.counter("arena.leaderboard.events.dead.letters", "reason", reason)
                .count();
    }

    /** An outbox row with any payload, as a newer build or a bug could leave; returns its event id. */
    private String insertRaw(String payload) throws SQLException {
        String id = UUID.randomUUID().toString();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("insert into outbox_event (event_id, event_type,"
                        + " message_key, payload, created_at, attempts) values (?, 'PlayerScored', 'raw', ?, ?, 0)")) {
            s.setString(1, id);
            s.setString(2, payload);
            s.setTimestamp(3, Timestamp.from(Instant.now()));
            s.executeUpdate();
        }
        return id;
    }

    private boolean sent(String eventId) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select sent_at from outbox_event where event_id = ?")) {
            s.setString(1, eventId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() && r.getTimestamp(1) != null;
            }
        }
    }
}
