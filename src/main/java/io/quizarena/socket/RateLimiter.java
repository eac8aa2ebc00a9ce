package io.quizarena.socket;

/** A token bucket: {@code burst} tokens, refilled at {@code perSecond}. Thread-safe; time comes from the caller. */
public final class RateLimiter {

    private final double burst;
    private final double perMilli;
    private double tokens;
    private long last;

    public RateLimiter(double burst, double perSecond, long nowMillis) {
        this.burst = burst;
        this.perMilli = perSecond / 1000.0;
        this.tokens = burst;
        this.last = nowMillis;
    }

    /** Takes one token if there is one. */
    public synchronized boolean tryAcquire(long nowMillis) {
        refill(nowMillis);
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }

    /** True when a token is available, without taking it. */
    public synchronized boolean hasToken(long nowMillis) {
        refill(nowMillis);
        return tokens >= 1;
    }

    /** True when the bucket is full again, so the limiter can be forgotten. */
    public synchronized boolean isIdle(long nowMillis) {
        refill(nowMillis);
        return tokens >= burst;
    }

    private void refill(long nowMillis) {
        if (nowMillis > last) {
            tokens = Math.min(burst, tokens + (nowMillis - last) * perMilli);
            last = nowMillis;
        }
    }
}
