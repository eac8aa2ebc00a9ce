package io.quizarena.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.List;

/**
 * One per battle that ended. The ratings board projects it: Glicko-2 for each human side, globally and for the
 * battle's topic, unless the battle was aborted (both sides gone) or the pair's daily cap is reached.
 *
 * @param kind QUICK, GHOST or CHALLENGE
 * @param topic a topic id, or {@code mixed}
 * @param aborted nobody stayed to the end: nothing is rated
 * @param sides the two sides, side 0 first
 */
@RegisterForReflection
public record BattleFinished(
        int schemaVersion,
        String eventId,
        Instant occurredAt,
        String battleId,
        String kind,
        String topic,
        boolean aborted,
        List<Side> sides)
        implements ScoreEvent {

    /**
     * @param playerKey {@code user:<name>} or {@code guest:<id>}, as on the boards
     * @param ghost this side replayed an earlier run of that player: their rating does not move
     * @param outcome WIN, LOSS or DRAW
     * @param forfeited left and did not come back in time (their opponent wins)
     */
    @RegisterForReflection
    public record Side(
            String playerKey, String nickname, boolean ghost, int score, String outcome, boolean forfeited) {}

    @Override
    @JsonIgnore
    public String messageKey() {
        return "battle:" + battleId;
    }
}
