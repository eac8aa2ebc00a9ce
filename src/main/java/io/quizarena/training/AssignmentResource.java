package io.quizarena.training;

import io.quarkus.security.identity.SecurityIdentity;
import io.quizarena.identity.Caller;
import io.quizarena.identity.Roles;
import io.quizarena.room.JoinLinks;
import io.quizarena.training.TrainingViews.AssignmentView;
import io.quizarena.training.TrainingViews.AttemptView;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Assignments: trainers hand out quizzes; anyone with the link starts or continues an attempt (docs/training-api.md). */
@Path("/api/assignments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssignmentResource {

    /** What a learner sends to start: a guest's nickname. */
    public record StartRequest(String nickname) {}

    private final AssignmentService assignments;
    private final AttemptStarts starts;
    private final Learners learners;
    private final SecurityIdentity identity;
    private final JoinLinks links;

    AssignmentResource(
            AssignmentService assignments,
            AttemptStarts starts,
            Learners learners,
            SecurityIdentity identity,
            JoinLinks links) {
        this.assignments = assignments;
        this.starts = starts;
        this.learners = learners;
        this.identity = identity;
        this.links = links;
    }

    @POST
    @RolesAllowed({Roles.HOST, Roles.ADMIN})
    @Operation(summary = "Hand out a quiz as a self-paced assignment; returns it with the link players open")
    public Response create(AssignmentRequest request, @Context HttpServerRequest http) {
        AssignmentView created = assignments.create(request, Caller.of(identity), links.origin(http));
        return Response.created(URI.create("/api/assignments/" + created.id()))
                .entity(created)
                .build();
    }

    @GET
    @RolesAllowed({Roles.HOST, Roles.ADMIN})
    @Operation(summary = "The caller's assignments, newest first (an admin's: everyone's)")
    public List<AssignmentView> list(@Context HttpServerRequest http) {
        return assignments.list(Caller.of(identity), links.origin(http));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "An assignment, for anyone who has its link")
    public AssignmentView view(@PathParam("id") String id, @Context HttpServerRequest http) {
        return assignments.view(id, links.origin(http));
    }

    @POST
    @Path("{id}/attempts")
    @Operation(summary = "Continue the caller's open attempt, or start their next; a guest without an id gets one")
    public Response start(
            @PathParam("id") String id, StartRequest request, @HeaderParam(Learners.GUEST_HEADER) String guestId) {
        Learner learner = learners.starting(identity, guestId);
        AttemptView attempt = starts.assignment(id, learner, request == null ? null : request.nickname());
        return Response.created(URI.create("/api/attempts/" + attempt.id()))
                .entity(attempt)
                .build();
    }
}
