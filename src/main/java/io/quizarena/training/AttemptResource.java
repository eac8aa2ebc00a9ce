package io.quizarena.training;

import io.quarkus.security.identity.SecurityIdentity;
import io.quizarena.training.TrainingViews.AnswerResult;
import io.quizarena.training.TrainingViews.AttemptReview;
import io.quizarena.training.TrainingViews.AttemptView;
import io.quizarena.training.TrainingViews.Served;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** One attempt, for its learner only: the question to answer, the answers, the review (docs/training-api.md). */
@Path("/api/attempts/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AttemptResource {

    private final AttemptService attempts;
    private final Learners learners;
    private final SecurityIdentity identity;

    AttemptResource(AttemptService attempts, Learners learners, SecurityIdentity identity) {
        this.attempts = attempts;
        this.learners = learners;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "The attempt's progress")
    public AttemptView view(@PathParam("id") String id, @HeaderParam(Learners.GUEST_HEADER) String guestId) {
        return attempts.view(id, learners.known(identity, guestId));
    }

    @POST
    @Path("next")
    @Operation(summary = "The question to answer now, without its key; asking again gives the same one, with less time")
    public Served next(@PathParam("id") String id, @HeaderParam(Learners.GUEST_HEADER) String guestId) {
        return attempts.next(id, learners.known(identity, guestId));
    }

    @POST
    @Path("answers")
    @Operation(summary = "Answer the served question; returns the credit, the points, the key and the explanation")
    public AnswerResult answer(
            @PathParam("id") String id, AnswerRequest request, @HeaderParam(Learners.GUEST_HEADER) String guestId) {
        return attempts.answer(id, learners.known(identity, guestId), request);
    }

    @GET
    @Path("review")
    @Operation(summary = "A finished attempt's questions with the learner's answers, the keys and the explanations")
    public AttemptReview review(@PathParam("id") String id, @HeaderParam(Learners.GUEST_HEADER) String guestId) {
        return attempts.review(id, learners.known(identity, guestId));
    }
}
