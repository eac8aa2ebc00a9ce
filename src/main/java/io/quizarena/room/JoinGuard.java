package io.quizarena.room;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;

/**
 * Bounds PIN scanning without refusing anyone a room they can join (docs/adr/0013). Only failed guesses count: each
 * attempt at a PIN takes a token from its address's bucket and from the bucket of all addresses together, before
 * anyone learns whether the PIN is open, and an open PIN gives them back. An address that joined a PIN lately joins
 * it again unchecked, so a class behind one address fills its room even after a few mistyped PINs. When all addresses
 * together have guessed too much (a distributed scan), addresses that failed lately are refused, and a fresh one still
 * gets its first guess from a second budget of the same size, so a new class is not locked out by a stranger's scan.
 */
@ApplicationScoped
// the classes Caffeine generates for a size-bounded cache that expires after access, and for its entries: looked up
// by name at run time, so the native image must be told (quarkus-caffeine registers only the common ones)
@RegisterForReflection(
        classNames = {"com.github.benmanes.caffeine.cache.SSMSA", "com.github.benmanes.caffeine.cache.PSAMS"})
class JoinGuard {

    /** What the guard made of an attempt, for {@link #found}. */
    enum Admission {
        /** A PIN this address joined lately, or a connection another node counted: no guess spent. */
        UNCHECKED,
        /** A guess spent from the address's and everyone's budget, until the PIN turns out to be open. */
        COUNTED,
        /** A guess spent from the address's budget and the fresh addresses' (everyone's was spent). */
        COUNTED_FRESH,
        /** Too many failed guesses: refused whatever the PIN. */
        REFUSED
    }

    /** How long an address may come back to a PIN it joined unchecked: longer than a class's session. */
    static final Duration KNOWN_PIN_MEMORY = Duration.ofHours(2);

    private final RoomConfig config;
    private final TimeMeter time;
    private final Cache<String, Bucket> failures;
    private final Cache<String, Boolean> knownPins;
    private final Bucket everyone;
    private final Bucket freshAddresses;

    JoinGuard(RoomConfig config, RoomScheduler clock) {
        this.config = config;
        // the rooms' clock, so tests move time by hand; System.nanoTime in production
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return clock.now() * 1_000_000L;
            }

            @Override
            public boolean isWallClockBased() {
                return false;
            }
        };
        Ticker ticker = time::currentTimeNanos;
        // an address's bucket is full again after burst * refill: forgetting it then loses nothing
        Duration refilled = Duration.ofSeconds((long) config.failedJoinBurst() * config.failedJoinRefillSeconds());
        this.failures = boundedCache(ticker, config.joinLimitMaxAddresses(), refilled);
        this.knownPins = boundedCache(ticker, config.joinLimitMaxAddresses(), KNOWN_PIN_MEMORY);
        this.everyone = nodeBucket();
        // first guesses of addresses without recent failures once everyone's is spent: bounded too, or a scanner
        // with many addresses (an IPv6 /48 holds 65,536 /64s) would guess freely through this way
        this.freshAddresses = nodeBucket();
    }

    private Bucket nodeBucket() {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(config.failedJoinNodeBurst())
                        .refillGreedy(config.failedJoinNodePerSecond(), Duration.ofSeconds(1)))
                .withCustomTimePrecision(time)
                .build();
    }

    /**
     * A cache of at most {@code maxSize} entries, each forgotten {@code expiry} after its last use. Caffeine picks a
     * generated class per feature set; the native image needs that class registered (see the annotation above, which
     * JoinGuardCachesTest checks against what this builds).
     */
    static <V> Cache<String, V> boundedCache(Ticker ticker, long maxSize, Duration expiry) {
        return Caffeine.newBuilder()
                .ticker(ticker)
                .executor(Runnable::run)
                .maximumSize(maxSize)
                .expireAfterAccess(expiry)
                .build();
    }

    /** Takes a guess for {@code pin} from {@code address}; REFUSED when the address or everyone has guessed too much. */
    Admission admit(String address, String pin) {
        String host = host(address);
        if (pin != null && knownPins.getIfPresent(host + " " + pin) != null) {
            return Admission.UNCHECKED;
        }
        Bucket known = failures.getIfPresent(host);
        boolean failedLately = known != null && known.getAvailableTokens() < config.failedJoinBurst();
        Bucket own = known != null ? known : failures.get(host, h -> addressBucket());
        if (!own.tryConsume(1)) {
            return Admission.REFUSED;
        }
        if (everyone.tryConsume(1)) {
            return Admission.COUNTED;
        }
        if (failedLately || !freshAddresses.tryConsume(1)) {
            own.addTokens(1);
            return Admission.REFUSED;
        }
        return Admission.COUNTED_FRESH;
    }

    /** The PIN belongs to an open room: the guess is given back, and the address may come back to the PIN unchecked. */
    void found(String address, String pin, Admission admission) {
        if (admission != Admission.COUNTED && admission != Admission.COUNTED_FRESH) {
            return;
        }
        String host = host(address);
        Bucket own = failures.getIfPresent(host);
        if (own != null) {
            own.addTokens(1);
        }
        (admission == Admission.COUNTED ? everyone : freshAddresses).addTokens(1);
        knownPins.put(host + " " + pin, Boolean.TRUE);
    }

    private Bucket addressBucket() {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(config.failedJoinBurst())
                        .refillGreedy(1, Duration.ofSeconds(config.failedJoinRefillSeconds())))
                .withCustomTimePrecision(time)
                .build();
    }

    /** Addresses and address-PIN pairs held now; for tests of the bounds. */
    long tracked() {
        failures.cleanUp();
        knownPins.cleanUp();
        return failures.estimatedSize() + knownPins.estimatedSize();
    }

    /**
     * What an address counts as: the host without a port ({@code 203.0.113.5:4711}, {@code [2001:db8::1]:443}); an
     * IPv6 address by its /64, since one subscriber is given a whole /64 and may pick any address in it.
     */
    static String host(String address) {
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        String host = address.trim();
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            host = end > 0 ? host.substring(1, end) : host.substring(1);
        } else {
            int colons = (int) host.chars().filter(c -> c == ':').count();
            boolean ipv4WithPort = colons == 1;
            // a full IPv6 address with ":port" appended, as the socket layer writes it
            boolean ipv6WithPort = colons == 8 && !host.contains("::");
            if (ipv4WithPort || ipv6WithPort) {
                host = host.substring(0, host.lastIndexOf(':'));
            }
        }
        int zone = host.indexOf('%');
        if (zone > 0) {
            host = host.substring(0, zone);
        }
        return host.indexOf(':') >= 0 ? ipv6Prefix(host) : host;
    }

    private static String ipv6Prefix(String literal) {
        try {
            // a literal with a colon is parsed, never looked up
            byte[] bytes = InetAddress.getByName(literal).getAddress();
            if (bytes.length == 4) {
                return InetAddress.getByAddress(bytes).getHostAddress(); // ::ffff:a.b.c.d
            }
            byte[] prefix = Arrays.copyOf(Arrays.copyOf(bytes, 8), 16);
            return InetAddress.getByAddress(prefix).getHostAddress() + "/64";
        } catch (UnknownHostException e) {
            return literal;
        }
    }
}
