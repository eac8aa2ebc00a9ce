package io.quizarena.training.report;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/**
 * Stands for the assignments resource: a class on {@code /api/assignments} with {@code {id}} paths, as the training
 * API has. ReportResourceTest proves the report's paths (on a class at {@code /api}) still resolve beside it.
 */
@Path("/api/assignments")
public class AssignmentPathsProbe {

    @GET
    @Path("{id}/paths-probe")
    public String probe(@PathParam("id") String id) {
        return "probe " + id;
    }

    @GET
    @Path("{id}/paths-probe/{rest}")
    public String deeper(@PathParam("id") String id, @PathParam("rest") String rest) {
        return "deeper " + id + " " + rest;
    }
}
