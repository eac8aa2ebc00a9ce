package io.quizarena.training;

import io.quarkus.security.identity.SecurityIdentity;
import io.quizarena.training.TrainingViews.AttemptView;
import io.quizarena.training.mastery.TopicMastery;
import io.quizarena.training.review.ReviewQueue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Solo practice, the mistakes review and mastery, for a signed-in user or a guest (docs/training-api.md). On {@code /api}
 * itself: no other resource class claims these first segments, so none shadows them.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StudyResource {

    public record PracticeRequest(String topic) {}

    public record MasteryView(List<TopicMastery> topics) {}

    private final AttemptStarts starts;
    private final StudyService study;
    private final Learners learners;
    private final SecurityIdentity identity;

    StudyResource(AttemptStarts starts, StudyService study, Learners learners, SecurityIdentity identity) {
        this.starts = starts;
        this.study = study;
        this.learners = learners;
        this.identity = identity;
    }

    @POST
    @Path("practice")
    @Operation(summary = "Ten official questions of a topic (or mixed), with the explanation after each answer")
    public Response practice(PracticeRequest request, @HeaderParam(Learners.GUEST_HEADER) String guestId) {
        AttemptView attempt =
                starts.practice(request == null ? null : request.topic(), learners.starting(identity, guestId));
        return created(attempt);
    }

    @GET
    @Path("review")
    @Operation(summary = "The caller's review queue: cards due now, cards in all, when the next falls due")
    public ReviewQueue.Summary review(@HeaderParam(Learners.GUEST_HEADER) String guestId) {
        return study.reviewSummary(learners.known(identity, guestId));
    }

    @POST
    @Path("review/sessions")
    @Operation(summary = "A review session of up to ten due cards, most overdue first")
    public Response reviewSession(@HeaderParam(Learners.GUEST_HEADER) String guestId) {
        return created(starts.review(learners.starting(identity, guestId)));
    }

    @GET
    @Path("mastery")
    @Operation(summary = "The caller's mastery per topic, weakest first")
    public MasteryView mastery(@HeaderParam(Learners.GUEST_HEADER) String guestId) {
        return new MasteryView(study.mastery(learners.known(identity, guestId)));
    }

    private static Response created(AttemptView attempt) {
        return Response.created(URI.create("/api/attempts/" + attempt.id()))
                .entity(attempt)
                .build();
    }
}
