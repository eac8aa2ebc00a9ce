package io.quizarena.room;

import io.quizarena.game.TokenHash;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The screen pass (docs/adr/0019): what a room's owner gets to take the host seat on a device that did not open the
 * room. It is an HMAC of the room's host-token hash and its owner under the server secret, so every node computes the
 * same pass from the room's record without storing anything, a reader of the database cannot make one, and a new room
 * on the same PIN (a new token) has a new pass. Like the token, it seats nobody but the owner's account.
 */
@ApplicationScoped
class ScreenPasses {

    private static final String LABEL = "quiz-arena screen pass\n";

    private final byte[] secret;

    ScreenPasses(RoomConfig config) {
        this.secret = config.guestSecret().getBytes(StandardCharsets.UTF_8);
    }

    /** The pass of a room; null for one without a host seat or an owner. */
    String pass(RoomPlan plan) {
        if (plan.hostTokenHash() == null || plan.owner() == null) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] digest =
                    mac.doFinal((LABEL + plan.hostTokenHash() + "\n" + plan.owner()).getBytes(StandardCharsets.UTF_8));
            return "sp_" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** What the game keeps of it: its hash, like the host token's. */
    String hash(RoomPlan plan) {
        return TokenHash.of(pass(plan));
    }
}
