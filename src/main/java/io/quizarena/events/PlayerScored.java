package io.quizarena.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;

/**
 * One player's result in one finished game.
 *
 * @param playerKey who scored, stable across games: {@code user:<name>} for a signed-in player, {@code guest:<id>}
 *     for a guest (the public part of the guest id, never its signature)
 * @param team the team code given on join, or null
 * @param points the game's total, streak bonuses included; the topic points add up to it
 */
@RegisterForReflection
public record PlayerScored(
        int schemaVersion,
        String eventId,
        Instant occurredAt,
        String gameId,
        String quizId,
        String playerKey,
        String nickname,
        String team,
        int points,
        int correctCount,
        int questionsPlayed,
        int rank,
        List<TopicScore> topics)
        implements ScoreEvent {

    /** Points and counts of one topic within the game. */
    @RegisterForReflection
    public record TopicScore(String topic, int points, int correct, int answered) {}

    @Override
    @JsonIgnore
    public String messageKey() {
        return playerKey;
    }
}
