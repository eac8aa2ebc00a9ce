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
 * The report of an assignment (its players' latest attempts) for its owner or an admin (docs/training-api.md): {@code report} as JSON,
 * {@code report.csv} and {@code report.xlsx} as files. Quarkus REST serves a request from the one resource class whose
 * path matches it best, so the suffix is part of this class's path: it matches only the three report paths and never
 * takes another path under {@code /api/assignments/{id}} from the resource that serves those.
 */
@Path("/api/assignments/{id}/report{format: (?:\\.csv|\\.xlsx)?}")
@Tag(name = "Reports")
@Authenticated
public class AssignmentReportResource {

    private final ReportAccess reports;
    private final SecurityIdentity identity;

    public AssignmentReportResource(ReportAccess reports, SecurityIdentity identity) {
        this.reports = reports;
        this.identity = identity;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, ReportFiles.CSV, ReportXlsx.MEDIA_TYPE})
    @Operation(
            summary =
                    "The report of an assignment (its players' latest attempts): questions, choices picked, hardest questions, topics, players;"
                            + " format empty for JSON, .csv or .xlsx for a file with headers in the lang parameter's"
                            + " language, else Accept-Language's")
    public Response report(
            @PathParam("id") String id,
            @PathParam("format") String format,
            @QueryParam("lang") String lang,
            @HeaderParam("Accept-Language") String accept) {
        return ReportFiles.respond(reports.assignment(id, Caller.of(identity)), format, lang, accept);
    }
}
