package io.quizarena.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;

/** Two relays on one outbox (two pods): every row is published once, by one of them. */
@QuarkusTest
@TestProfile(OutboxClaimsTest.NoRelay.class)
class OutboxClaimsTest {

    /** The application's own relay stays off; the test runs two of its own. */
    public static class NoRelay implements QuarkusTestProfile {
        @Override
        public String getConfigProfile() {
            return System.getProperty("quarkus.test.profile", "test");
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("arena.events.relay.enabled", "false");
        }
    }

    @Inject
    DataSource dataSource;

    @Inject
    EventsConfig config;

    /** A channel that acknowledges everything and counts what each row's payload was sent. */
    static final class CountingChannel implements Emitter<String> {
        final Map<String, AtomicInteger> sends;

        CountingChannel(Map<String, AtomicInteger> sends) {
            this.sends = sends;
        }

        @Override
        public CompletionStage<Void> send(String payload) {
            sends.computeIfAbsent(payload, p -> new AtomicInteger()).incrementAndGet();
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public <M extends Message<? extends String>> void send(M message) {
            sends.computeIfAbsent(message.getPayload(), p -> new AtomicInteger())
                    .incrementAndGet();
            message.ack();
        }

        @Override
        public void complete() {}

        @Override
        public void error(Exception e) {}

        @Override
        public boolean isCancelled() {
            return false;
        }

        @Override
        public boolean hasRequests() {
            return true;
        }
    }

    /** The relay settings with the relay on, small batches and a quick poll, so two relays interleave. */
    private EventsConfig enabled() {
        EventsConfig.Relay base = config.relay();
        EventsConfig.Relay relay = new EventsConfig.Relay() {
            public boolean enabled() {
                return true;
            }

            public int batchSize() {
                return 7;
            }

            public Duration pollInterval() {
                return Duration.ofMillis(20);
            }

            public Duration initialBackoff() {
                return base.initialBackoff();
            }

            public Duration maxBackoff() {
                return base.maxBackoff();
            }

            public Duration sendTimeout() {
                return Duration.ofSeconds(5);
            }

            public Duration keepSent() {
                return base.keepSent();
            }
        };
        return () -> relay;
    }

    @Test
    void twoRelaysOnOneOutboxPublishEveryRowOnce() throws Exception {
        int rows = 300;
        String tag = Long.toString(System.nanoTime(), 36);
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("insert into outbox_event (event_id, event_type, message_key,"
                        + " payload, created_at, attempts) values (?, 'PlayerScored', ?, ?, ?, 0)")) {
            for (int i = 0; i < rows; i++) {
                s.setString(1, java.util.UUID.randomUUID().toString());
                s.setString(2, "k" + i);
                s.setString(3, "{\"claims-test\":\"" + tag + "-" + i + "\"}");
                s.setTimestamp(4, Timestamp.from(Instant.now()));
                s.addBatch();
            }
            s.executeBatch();
        }
        Map<String, AtomicInteger> first = new ConcurrentHashMap<>();
        Map<String, AtomicInteger> second = new ConcurrentHashMap<>();
        OutboxRelay a =
                new OutboxRelay(new CountingChannel(first), dataSource, enabled(), new SimpleMeterRegistry(), "node-a");
        OutboxRelay b = new OutboxRelay(
                new CountingChannel(second), dataSource, enabled(), new SimpleMeterRegistry(), "node-b");
        a.start(null);
        b.start(null);
        try {
            Awaitility.await()
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> sentOf(first, tag) + sentOf(second, tag) >= rows && pendingOf(tag) == 0);
        } finally {
            a.stop(null);
            b.stop(null);
        }
        Set<String> both = new java.util.HashSet<>(keysOf(first, tag));
        both.retainAll(keysOf(second, tag));
        assertThat(both).as("rows published by both relays").isEmpty();
        assertThat(sentOf(first, tag) + sentOf(second, tag)).isEqualTo(rows);
        assertThat(first.values().stream().mapToInt(AtomicInteger::get).max().orElse(1))
                .isEqualTo(1);
        assertThat(second.values().stream().mapToInt(AtomicInteger::get).max().orElse(1))
                .isEqualTo(1);
        assertThat(keysOf(first, tag)).as("both relays took part").isNotEmpty();
        assertThat(keysOf(second, tag)).isNotEmpty();
    }

    private static List<String> keysOf(Map<String, AtomicInteger> sends, String tag) {
        return sends.keySet().stream().filter(p -> p.contains(tag)).toList();
    }

    private static int sentOf(Map<String, AtomicInteger> sends, String tag) {
        return sends.entrySet().stream()
                .filter(e -> e.getKey().contains(tag))
                .mapToInt(e -> e.getValue().get())
                .sum();
    }

    private int pendingOf(String tag) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "select count(*) from outbox_event where sent_at is null and payload like ?")) {
            s.setString(1, "%" + tag + "%");
            try (var r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }
}
