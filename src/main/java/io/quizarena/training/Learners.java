package io.quizarena.training;

import io.quarkus.security.identity.SecurityIdentity;
import io.quizarena.game.GameIds;
import io.quizarena.problem.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;

/** Tells who a training request comes from: the signed-in user, or the guest whose signed id it presents. */
@ApplicationScoped
public class Learners {

    /** The header a guest's browser sends its guest id in (the id it keeps for live games too). */
    public static final String GUEST_HEADER = "X-Guest-Id";

    private final GameIds ids;

    Learners(GameIds ids) {
        this.ids = ids;
    }

    /** The caller, or null when it is a guest without a valid id (reads then show nothing). */
    public Learner known(SecurityIdentity identity, String guestId) {
        if (identity != null && !identity.isAnonymous()) {
            return Learner.user(identity.getPrincipal().getName());
        }
        if (guestId != null && !guestId.isBlank()) {
            if (!ids.isGuestId(guestId)) {
                throw new InvalidInputException("the guest id is not one this server issued")
                        .withCode("invalid_guest_id");
            }
            return Learner.guest(guestId, false);
        }
        return null;
    }

    /** The caller, issuing a guest id to a guest who has none, for requests that start something. */
    public Learner starting(SecurityIdentity identity, String guestId) {
        Learner known = known(identity, guestId);
        if (known != null) {
            return known;
        }
        return Learner.guest(ids.issueGuestId(), true);
    }
}
