package io.quizarena.room;

import io.quizarena.game.GameIds;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The ids and secrets rooms hand out. Stable guest ids the browser keeps: {@code g_<random>.<signature>}. The
 * signature (HMAC-SHA256, truncated) lets boards trust that a guest id was issued here, so nobody can play under
 * another guest's id by guessing it.
 */
@ApplicationScoped
class GuestIds implements GameIds {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private final SecureRandom random = new SecureRandom();
    private final byte[] secret;

    GuestIds(RoomConfig config) {
        this.secret = config.guestSecret().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String gameId() {
        return UUID.randomUUID().toString();
    }

    @Override
    public String issueGuestId() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String id = "g_" + B64.encodeToString(bytes);
        return id + "." + sign(id);
    }

    @Override
    public boolean isGuestId(String guestId) {
        if (guestId == null || guestId.length() > 80) {
            return false;
        }
        int dot = guestId.lastIndexOf('.');
        if (dot <= 0 || !guestId.startsWith("g_")) {
            return false;
        }
        byte[] expected = sign(guestId.substring(0, dot)).getBytes(StandardCharsets.US_ASCII);
        byte[] actual = guestId.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, actual);
    }

    /** A random token for resuming a player or authenticating a host. */
    @Override
    public String token() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return B64.encodeToString(bytes);
    }

    /** A random seed, such as the one a room draws its presentation order from. */
    long seed() {
        return random.nextLong();
    }

    private String sign(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] full = mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
            return B64.encodeToString(java.util.Arrays.copyOf(full, 16));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
