package io.quizarena.socket;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;

/**
 * What one connection may cost: frames in flight before a slow reader is dropped, and the flood budget.
 *
 * @param maxPendingFrames outgoing frames in flight; past this the connection closes with 1013
 * @param messageBurst inbound messages at once
 * @param messagesPerSecond inbound messages per second on average
 */
public record SocketLimits(int maxPendingFrames, int messageBurst, int messagesPerSecond) {

    /** A fresh flood budget for one connection, full at {@code nowMillis}. */
    MessageBudget messageBudget(long nowMillis) {
        return new MessageBudget(this, nowMillis);
    }

    /**
     * One connection's inbound token bucket. Time is what the socket's callbacks pass in (the rooms' clock, virtual in
     * tests); a connection's callbacks run one at a time, so the bucket needs no locking.
     */
    static final class MessageBudget implements TimeMeter {

        private final Bucket bucket;
        private final long burst;
        private long nowMillis;

        private MessageBudget(SocketLimits limits, long nowMillis) {
            this.nowMillis = nowMillis;
            this.burst = limits.messageBurst();
            this.bucket = Bucket.builder()
                    .addLimit(limit -> limit.capacity(limits.messageBurst())
                            .refillGreedy(limits.messagesPerSecond(), Duration.ofSeconds(1)))
                    .withCustomTimePrecision(this)
                    .build();
        }

        /** Takes one message's token if there is one. */
        boolean tryTake(long nowMillis) {
            advance(nowMillis);
            return bucket.tryConsume(1);
        }

        /** True when the budget is full again: the client has calmed down. */
        boolean isFull(long nowMillis) {
            advance(nowMillis);
            return bucket.getAvailableTokens() >= burst;
        }

        private void advance(long nowMillis) {
            this.nowMillis = Math.max(this.nowMillis, nowMillis);
        }

        @Override
        public long currentTimeNanos() {
            return nowMillis * 1_000_000L;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    }
}
