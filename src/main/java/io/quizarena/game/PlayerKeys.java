package io.quizarena.game;

/**
 * Who a player is across games, as boards and ratings know them: {@code user:<name>} when signed in, else
 * {@code guest:<public half of the guest id>}. The signature half stays private: whoever holds a whole guest id can
 * play as that guest.
 */
public final class PlayerKeys {

    private PlayerKeys() {}

    public static String of(String userId, String guestId) {
        if (userId != null) {
            return "user:" + userId;
        }
        int dot = guestId.lastIndexOf('.');
        return "guest:" + (dot > 0 ? guestId.substring(0, dot) : guestId);
    }
}
