package io.quizarena.socket;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The header a node adds when it passes a client's socket on to the room's owner: the client's address, until when the
 * claim holds, and an HMAC with the cluster's shared secret. The owner then applies its per-address limits to the
 * client, not to the relaying node (which has counted the attempt already). Without a secret nothing is vouched for.
 */
public final class RelaySignature {

    public static final String HEADER = "X-Arena-Relayed-For";
    private static final long VALID_MILLIS = 30_000;

    private final byte[] secret;

    public RelaySignature(String secret) {
        this.secret = secret == null || secret.isBlank() ? null : secret.getBytes(StandardCharsets.UTF_8);
    }

    /** The header's value for a client address, or null without a secret. */
    public String sign(String address, long nowMillis) {
        if (secret == null || address == null) {
            return null;
        }
        String claim = address + ";" + (nowMillis + VALID_MILLIS);
        return claim + ";" + mac(claim);
    }

    /** The client address a valid header vouches for, or null (no header, no secret, forged or stale). */
    public String verify(String header, long nowMillis) {
        if (secret == null || header == null) {
            return null;
        }
        int last = header.lastIndexOf(';');
        int middle = last > 0 ? header.lastIndexOf(';', last - 1) : -1;
        if (middle <= 0) {
            return null;
        }
        String claim = header.substring(0, last);
        boolean genuine = MessageDigest.isEqual(
                mac(claim).getBytes(StandardCharsets.UTF_8),
                header.substring(last + 1).getBytes(StandardCharsets.UTF_8));
        try {
            long until = Long.parseLong(header.substring(middle + 1, last));
            return genuine && until >= nowMillis ? header.substring(0, middle) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String mac(String claim) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(mac.doFinal(claim.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
