package io.quizarena.training;

import io.quarkus.security.identity.SecurityIdentity;
import io.quizarena.training.TrainingViews.GameReview;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A player's review of a live game they played. The same class path as the game results, so the two merge. */
@Path("/api/games")
@Produces(MediaType.APPLICATION_JSON)
public class GameReviewResource {

    private final GameReviews reviews;
    private final Learners learners;
    private final SecurityIdentity identity;

    GameReviewResource(GameReviews reviews, Learners learners, SecurityIdentity identity) {
        this.reviews = reviews;
        this.learners = learners;
        this.identity = identity;
    }

    @GET
    @Path("/{id}/review")
    @Operation(summary = "The caller's answers in a saved game, with every key and explanation")
    public GameReview review(@PathParam("id") String id, @HeaderParam(Learners.GUEST_HEADER) String guestId) {
        return reviews.review(id, learners.known(identity, guestId));
    }
}
