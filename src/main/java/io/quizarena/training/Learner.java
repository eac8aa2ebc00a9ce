package io.quizarena.training;

import io.quizarena.game.PlayerKeys;

/**
 * Who is training: a signed-in user or a guest with a signed guest id.
 *
 * @param key {@code user:<name>} or {@code guest:<public part>}, as score events and boards name players
 * @param userName the signed-in user, or null for a guest
 * @param issuedGuestId a guest id issued by this request, for the browser to keep; null otherwise
 */
public record Learner(String key, String userName, String guestId, String issuedGuestId) {

    static Learner user(String name) {
        return new Learner(PlayerKeys.of(name, null), name, null, null);
    }

    static Learner guest(String guestId, boolean issued) {
        return new Learner(PlayerKeys.of(null, guestId), null, guestId, issued ? guestId : null);
    }
}
