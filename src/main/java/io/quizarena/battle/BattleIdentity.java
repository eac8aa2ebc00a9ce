package io.quizarena.battle;

import io.quarkus.security.identity.SecurityIdentity;
import io.quizarena.game.GameIds;
import io.quizarena.game.NicknamePolicy;
import io.quizarena.game.PlayerKeys;
import io.quizarena.game.ProtocolException;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Who is battling: a signed-in user by account, a guest by the signed guest id their browser keeps (a missing or
 * forged one is replaced by a new one, which the client is told to keep). Ratings follow this key.
 */
@ApplicationScoped
class BattleIdentity {

    /**
     * @param guestId the whole signed guest id to play with (issued now when {@code issued})
     * @param user the signed-in user, or null
     */
    record Player(String playerKey, String nickname, String guestId, boolean issued, String user) {}

    private final GameIds ids;
    private final NicknamePolicy nicknames;

    BattleIdentity(GameIds ids, NicknamePolicy nicknames) {
        this.ids = ids;
        this.nicknames = nicknames;
    }

    Player of(SecurityIdentity identity, String guestId, String nickname) {
        String user = identity == null || identity.isAnonymous()
                ? null
                : identity.getPrincipal().getName();
        String cleaned = nicknames.clean(nickname == null ? (user == null ? "" : user) : nickname);
        ProtocolException problem = nicknames.problem(cleaned);
        if (problem != null) {
            throw problem;
        }
        boolean valid = ids.isGuestId(guestId);
        String guest = valid ? guestId : ids.issueGuestId();
        return new Player(PlayerKeys.of(user, guest), cleaned, guest, !valid && user == null, user);
    }
}
