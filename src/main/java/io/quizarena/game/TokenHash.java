package io.quizarena.game;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Secrets a game keeps only as hashes (resume tokens, the host token): a snapshot in the database then cannot be used
 * to take a player's or the host's place. Tokens are 128-bit random, so a plain SHA-256 is enough; no salt needed.
 */
public final class TokenHash {

    private TokenHash() {}

    public static String of(String token) {
        if (token == null) {
            return null;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Constant-time comparison of a presented token with a stored hash. */
    static boolean matches(String presented, String hash) {
        return presented != null
                && hash != null
                && MessageDigest.isEqual(
                        of(presented).getBytes(StandardCharsets.UTF_8), hash.getBytes(StandardCharsets.UTF_8));
    }
}
