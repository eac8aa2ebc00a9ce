package io.quizarena.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;

/** One per saved game, after its {@link PlayerScored} events. {@code status}: FINISHED, ENDED_EARLY or ABANDONED. */
@RegisterForReflection
public record GameFinished(
        int schemaVersion,
        String eventId,
        Instant occurredAt,
        String gameId,
        String quizId,
        String host,
        String status,
        int playerCount,
        int questionsPlayed,
        Instant startedAt)
        implements ScoreEvent {

    @Override
    @JsonIgnore
    public String messageKey() {
        return "game:" + gameId;
    }
}
