package io.quizarena.room;

import io.quizarena.socket.RateLimiter;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rate limits per client address, so PINs cannot be scanned: a generous limit on all join attempts (a whole class
 * may sit behind one address) and a strict one on failed attempts (unknown or closed PINs).
 */
@ApplicationScoped
class JoinGuard {

    private final RoomConfig config;
    private final RoomScheduler clock;
    private final Map<String, RateLimiter> attempts = new ConcurrentHashMap<>();
    private final Map<String, RateLimiter> failures = new ConcurrentHashMap<>();

    JoinGuard(RoomConfig config, RoomScheduler clock) {
        this.config = config;
        this.clock = clock;
    }

    /** Counts an attempt; false when the address must wait (too many attempts, or too many failures lately). */
    boolean allowAttempt(String address) {
        long now = clock.now();
        RateLimiter f = failures.get(host(address));
        if (f != null && !f.hasToken(now)) {
            return false;
        }
        return attemptBucket(address, now).tryAcquire(now);
    }

    /** Records a failed attempt (unknown or closed PIN). */
    void recordFailure(String address) {
        long now = clock.now();
        failureBucket(address, now).tryAcquire(now);
    }

    private RateLimiter attemptBucket(String address, long now) {
        return attempts.computeIfAbsent(
                host(address), a -> new RateLimiter(config.joinBurst(), config.joinPerSecond(), now));
    }

    private RateLimiter failureBucket(String address, long now) {
        return failures.computeIfAbsent(
                host(address),
                a -> new RateLimiter(config.failedJoinBurst(), 1.0 / config.failedJoinRefillSeconds(), now));
    }

    /** Forgets idle addresses, so the maps do not grow with every visitor. */
    void sweep() {
        long now = clock.now();
        attempts.values().removeIf(l -> l.isIdle(now));
        failures.values().removeIf(l -> l.isIdle(now));
    }

    static String host(String address) {
        if (address == null) {
            return "unknown";
        }
        int colon = address.lastIndexOf(':');
        return colon > 0 && address.indexOf(':') == colon ? address.substring(0, colon) : address;
    }
}
