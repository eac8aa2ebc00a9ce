package io.quizarena.battle;

import java.time.Instant;

/**
 * A player in the matchmaking queue.
 *
 * @param topic a topic id, or {@code mixed} (meets anyone; the battle then takes the other side's topic)
 */
record Seeker(String ticket, String playerKey, String nickname, String topic, double rating, Instant since) {}
