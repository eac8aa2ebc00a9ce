package io.quizarena.training.report;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.quizarena.identity.Caller;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The report of a saved live game, as JSON, CSV and xlsx, for its owner or an admin (docs/training-api.md). On {@code /api} with
 * full method paths, so that it sits beside the other resources under {@code /api/games} without taking their paths.
 */
@Path("/api")
@Tag(name = "Reports")
@Authenticated
public class GameReportResource {

    private final ReportAccess reports;
    private final SecurityIdentity identity;

    public GameReportResource(ReportAccess reports, SecurityIdentity identity) {
        this.reports = reports;
        this.identity = identity;
    }

    @GET
    @Path("games/{id}/report")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "The report of a saved live game: questions, choices picked, hardest questions, topics, players")
    public TrainingReport report(@PathParam("id") String id) {
        return reports.game(id, Caller.of(identity));
    }

    @GET
    @Path("games/{id}/report.csv")
    @Produces("text/csv")
    @Operation(summary = "The same report as CSV; headers in the lang parameter's language, else Accept-Language's")
    public Response csv(
            @PathParam("id") String id,
            @QueryParam("lang") String lang,
            @HeaderParam("Accept-Language") String accept) {
        return ReportFiles.csv(report(id), lang, accept);
    }

    @GET
    @Path("games/{id}/report.xlsx")
    @Produces(ReportXlsx.MEDIA_TYPE)
    @Operation(summary = "The same report as an Excel workbook: sheets Questions, Choices, Topics, Players")
    public Response xlsx(
            @PathParam("id") String id,
            @QueryParam("lang") String lang,
            @HeaderParam("Accept-Language") String accept) {
        return ReportFiles.xlsx(report(id), lang, accept);
    }
}
