package io.quizarena.room;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quizarena.events.EventIds;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Only in -Pit, against the real broker started by deploy/local/kafka.sh: the events on the topic, a broker outage
 * longer than the producer's delivery timeout (the node stays ready), a record delivered twice, and one nobody can
 * read (to the dead-letter topic).
 */
@QuarkusTest
@TestProfile(VirtualTimeProfile.class)
@Tag("real-services")
class KafkaScoreEventsTest extends ScoredGameSupport {

    static final String TOPIC = "quiz-arena.score-events";
    static final String DEAD_LETTERS = "quiz-arena.score-events.dead-letters";
    static final ObjectMapper JSON = new ObjectMapper();

    /** Read when used: the test build has no Kafka settings, and this class is part of it (though not run). */
    static String bootstrap() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    @Test
    void everyEventOfAGameIsOnTheTopicKeyedByPlayer() throws Exception {
        PlayedGame game = playShortGame();
        awaitGameBoard(game);

        List<ConsumerRecord<String, String>> records = readTopicFor(game.gameId(), 4);
        Set<String> ids = new HashSet<>();
        for (ConsumerRecord<String, String> r : records) {
            JsonNode event = JSON.readTree(r.value());
            assertThat(event.get("schemaVersion").asInt()).isEqualTo(1);
            assertThat(event.get("occurredAt").asText()).isNotBlank();
            ids.add(event.get("eventId").asText());
            if (event.get("type").asText().equals("PlayerScored")) {
                PlayerOutcome expected = game.players().get(r.key());
                assertThat(expected)
                        .as("a PlayerScored keyed by a player of the game: %s", r.key())
                        .isNotNull();
                assertThat(event.get("playerKey").asText()).isEqualTo(r.key());
                assertThat(event.get("points").asInt()).isEqualTo(expected.score());
                assertThat(event.get("correctCount").asInt()).isEqualTo(expected.correct());
                assertThat(event.get("nickname").asText()).isEqualTo(expected.nickname());
                assertThat(event.get("team").asText()).isEqualTo(expected.team());
                assertThat(event.get("topics").get(0).get("topic").asText()).isEqualTo("moe");
                // the signature half of a guest id never leaves the server
                assertThat(r.value()).doesNotContain(r.key().substring("guest:".length()) + ".");
            } else {
                assertThat(event.get("type").asText()).isEqualTo("GameFinished");
                assertThat(r.key()).isEqualTo("game:" + game.gameId());
                assertThat(event.get("playerCount").asInt()).isEqualTo(3);
            }
        }
        assertThat(ids).hasSize(4);
        for (Map.Entry<String, PlayerOutcome> p : game.players().entrySet()) {
            assertThat(globalPoints(p.getKey())).isEqualTo(p.getValue().score());
        }
    }

    @Test
    void aBrokerOutageLongerThanTheDeliveryTimeoutLosesAndDoublesNothing() throws Exception {
        try {
            PlayedGame game = playShortGame(() -> kafka("stop"));
            // the producer gives up after its delivery timeout (10 s in the it profile); the rows stay pending
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> failedAttempts(game.gameId()) > 0);
            assertThat(outboxRows(game.gameId())).containsExactly(4, 4);
            for (String key : game.players().keySet()) {
                assertThat(globalPoints(key)).isZero();
            }
            // the outbox rides the outage out: the node still serves rooms, so it stays ready and alive ...
            assertThat(health("ready")).as("readiness during the outage").isEqualTo(200);
            assertThat(health("live")).as("liveness during the outage").isEqualTo(200);
            assertThat(health("started")).as("start-up check during the outage").isEqualTo(200);
            // ... and the broker's absence shows as a wellness check
            assertThat(health("well")).as("wellness during the outage").isEqualTo(503);
            assertThat(kafkaCheck()).isEqualTo("DOWN");

            kafka("start");
            Awaitility.await()
                    .atMost(Duration.ofSeconds(120))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> outboxRows(game.gameId())[1] == 0);
            awaitGameBoard(game);
            for (Map.Entry<String, PlayerOutcome> p : game.players().entrySet()) {
                assertThat(globalPoints(p.getKey())).isEqualTo(p.getValue().score());
            }
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "UP".equals(kafkaCheck()));
        } finally {
            kafka("start");
        }
    }

    @Test
    void theSameRecordDeliveredTwiceCountsOnce() throws Exception {
        String player = "guest:g_twice" + UUID.randomUUID().toString().replace("-", "");
        String game = UUID.randomUUID().toString();
        String marker = UUID.randomUUID().toString();
        try (KafkaProducer<String, String> producer = producer()) {
            String event = scored(game, player, 700);
            producer.send(new ProducerRecord<>(TOPIC, player, event)).get(30, TimeUnit.SECONDS);
            producer.send(new ProducerRecord<>(TOPIC, player, event)).get(30, TimeUnit.SECONDS);
            // same key, same partition, so this one is projected after both copies
            producer.send(new ProducerRecord<>(TOPIC, player, scored(marker, player, 1)))
                    .get(30, TimeUnit.SECONDS);
        }
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(() -> globalPoints(player) > 0
                        && io.restassured.RestAssured.given()
                                        .get("/api/leaderboards/global/entrants/" + player + "?neighbours=0")
                                        .jsonPath()
                                        .getInt("entrant.games")
                                == 2);
        assertThat(globalPoints(player)).isEqualTo(701);
    }

    /** The status code of /q/health/{group}; the body is logged, so a failure shows every check. */
    private static int health(String group) {
        var response = io.restassured.RestAssured.given().get("/q/health/" + group);
        System.out.println("/q/health/" + group + " -> " + response.statusCode() + " " + response.asString());
        return response.statusCode();
    }

    /** The status of the kafka wellness check, or null when there is none. */
    private static String kafkaCheck() {
        return io.restassured.RestAssured.given()
                .get("/q/health/well")
                .jsonPath()
                .getString("checks.find { it.name == 'kafka' }.status");
    }

    @Test
    void anUnreadableRecordGoesToTheDeadLetterTopicAndTheNextOneIsProjected() throws Exception {
        String player = "guest:g_dlq" + UUID.randomUUID().toString().replace("-", "");
        String garbage = "not a score event " + UUID.randomUUID();
        double before = deadLetters();
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(new ProducerRecord<>(TOPIC, player, garbage)).get(30, TimeUnit.SECONDS);
            // same key, same partition: consumed after the unreadable one
            producer.send(new ProducerRecord<>(
                            TOPIC, player, scored(UUID.randomUUID().toString(), player, 42)))
                    .get(30, TimeUnit.SECONDS);
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> globalPoints(player) == 42);

        List<ConsumerRecord<String, String>> dead = readTopic(DEAD_LETTERS, r -> garbage.equals(r.value()), 1);
        ConsumerRecord<String, String> record = dead.get(0);
        assertThat(record.key()).isEqualTo(player);
        assertThat(header(record, "dead-letter-topic")).isEqualTo(TOPIC);
        assertThat(header(record, "dead-letter-reason")).isNotBlank();
        assertThat(deadLetters()).isEqualTo(before + 1);
        assertThat(io.restassured.RestAssured.given().get("/q/metrics").asString())
                .containsPattern("arena_leaderboard_events_dead_letters_total\\{[^}]*reason=\"unreadable\"");
    }

    private double deadLetters() {
        return metrics.counter("arena.leaderboard.events.dead.letters", "reason", "unreadable")
                .count();
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String scored(String gameId, String player, int points) {
        return JSON.createObjectNode()
                .put("type", "PlayerScored")
                .put("schemaVersion", 1)
                .put("eventId", EventIds.playerScored(gameId, player))
                .put("occurredAt", "2026-12-01T10:00:00Z")
                .put("gameId", gameId)
                .put("quizId", "external")
                .put("playerKey", player)
                .put("nickname", "twice")
                .put("points", points)
                .put("correctCount", 1)
                .put("questionsPlayed", 1)
                .put("rank", 1)
                .set("topics", JSON.createArrayNode())
                .toString();
    }

    private int failedAttempts(String gameId) throws Exception {
        try (var c = dataSource.getConnection();
                var s = c.prepareStatement(
                        "select coalesce(min(attempts), 0) from outbox_event where payload like ?")) {
            s.setString(1, "%\"gameId\":\"" + gameId + "\"%");
            try (var r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    /** Stops or starts the real broker with the same script CI uses. */
    static void kafka(String command) {
        try {
            Path script = Path.of(System.getProperty("user.dir"), "deploy", "local", "kafka.sh");
            Process p = new ProcessBuilder("bash", script.toString(), command)
                    .inheritIO()
                    .start();
            assertThat(p.waitFor(120, TimeUnit.SECONDS))
                    .as("kafka.sh " + command + " finished")
                    .isTrue();
            assertThat(p.exitValue()).as("kafka.sh " + command + " exit code").isZero();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private List<ConsumerRecord<String, String>> readTopicFor(String gameId, int expected) {
        List<ConsumerRecord<String, String>> found =
                readTopic(TOPIC, r -> r.value().contains("\"gameId\":\"" + gameId + "\""), expected);
        assertThat(found).as("records of game %s on the topic", gameId).hasSize(expected);
        return found;
    }

    /** Reads the topic from its start for up to a minute, until {@code expected} records matched. */
    private List<ConsumerRecord<String, String>> readTopic(
            String topic, java.util.function.Predicate<ConsumerRecord<String, String>> matching, int expected) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (found.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    if (matching.test(r)) {
                        found.add(r);
                    }
                }
            }
        }
        assertThat(found).as("matching records on %s", topic).hasSize(expected);
        return found;
    }

    private KafkaProducer<String, String> producer() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(props);
    }
}
