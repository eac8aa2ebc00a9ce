package io.quizarena.cluster;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** The score-events topic read with a plain consumer of its own, from the beginning: what really reached Kafka. */
final class ScoreTopic {

    static final String TOPIC = "quiz-arena.score-events";

    /** What one game put on the topic: its GameFinished events, and PlayerScored events per player key. */
    record Counts(int gameFinished, Map<String, Integer> playerScoredPerPlayer) {}

    private ScoreTopic() {}

    /** Reads until the game's GameFinished is in and the topic has been quiet for a few seconds after it. */
    static Counts countsFor(String gameId) throws Exception {
        ObjectMapper json = new ObjectMapper();
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092");
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "cluster-it-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        int finished = 0;
        Map<String, Integer> scored = new TreeMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(java.util.List.of(TOPIC));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            long quietUntil = Long.MAX_VALUE;
            while (System.nanoTime() < deadline && System.nanoTime() < quietUntil) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    JsonNode event;
                    try {
                        event = json.readTree(record.value());
                    } catch (JsonProcessingException unreadable) {
                        // the topic is shared: another test's unreadable record (dead letters) is not this game's
                        continue;
                    }
                    if (!gameId.equals(event.path("gameId").asText())) {
                        continue;
                    }
                    if ("GameFinished".equals(event.path("type").asText())) {
                        finished++;
                        quietUntil = System.nanoTime() + Duration.ofSeconds(5).toNanos();
                    } else if ("PlayerScored".equals(event.path("type").asText())) {
                        scored.merge(event.path("playerKey").asText(), 1, Integer::sum);
                    }
                }
            }
        }
        return new Counts(finished, scored);
    }
}
