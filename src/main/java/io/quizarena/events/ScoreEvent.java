package io.quizarena.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;

/**
 * An event on the {@code score-events} channel (Kafka topic {@code quiz-arena.score-events}): JSON with a {@code type}
 * discriminator, a schema version and a unique id, so consumers can skip what they already counted. Documented in
 * docs/asyncapi.yaml. Per-answer detail stays in the database. Every event type is registered for reflection (it is
 * serialised outside JAX-RS); {@code NativeRegistrationTest} checks that.
 */
@RegisterForReflection
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = PlayerScored.class, name = "PlayerScored"),
    @JsonSubTypes.Type(value = GameFinished.class, name = "GameFinished"),
    @JsonSubTypes.Type(value = BattleFinished.class, name = "BattleFinished")
})
public sealed interface ScoreEvent permits PlayerScored, GameFinished, BattleFinished {

    /** Bumped on incompatible changes; consumers skip versions they do not know. */
    int SCHEMA_VERSION = 1;

    int schemaVersion();

    String eventId();

    Instant occurredAt();

    /** The message key: events of one player stay in one partition, in order. */
    @JsonIgnore
    String messageKey();

    /** The discriminator as it appears in the payload. */
    @JsonIgnore
    default String typeName() {
        return getClass().getSimpleName();
    }
}
