package io.quizarena.game;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** A {@link GameSnapshot} as JSON, for the database: compact, and readable when someone needs to look at one. */
public final class SnapshotJson {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private SnapshotJson() {}

    public static byte[] encode(GameSnapshot snapshot) {
        try {
            return JSON.writeValueAsBytes(snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a snapshot could not be encoded", e);
        }
    }

    public static GameSnapshot decode(byte[] json) {
        try {
            return JSON.readValue(json, GameSnapshot.class);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("not a game snapshot", e);
        }
    }
}
