package io.quizarena.bank.kahoot;

import io.quarkus.security.identity.SecurityIdentity;
import io.quizarena.bank.RequestLanguage;
import io.quizarena.bank.kahoot.KahootService.Export;
import io.quizarena.identity.Caller;
import io.quizarena.identity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/quizzes/{id}/export/kahoot}: a quiz as a Kahoot spreadsheet. The questions the template cannot hold
 * are named in a response header, so the file stays the plain template and nothing is dropped unseen (docs/adr/0018).
 */
@Path("/api/quizzes/{id}/export/kahoot")
@Tag(name = "Import and export")
@RolesAllowed({Roles.HOST, Roles.ADMIN})
public class KahootExportResource {

    /** {@code id:reason,...} of the questions left out; absent when none was. */
    static final String SKIPPED = "X-Quiz-Arena-Skipped";
    /** {@code id:from->to,...} of the questions written with the template's nearest time limit. */
    static final String RETIMED = "X-Quiz-Arena-Retimed";
    /** How many questions the file holds. */
    static final String EXPORTED = "X-Quiz-Arena-Exported";

    private final KahootService kahoot;
    private final SecurityIdentity identity;

    public KahootExportResource(KahootService kahoot, SecurityIdentity identity) {
        this.kahoot = kahoot;
        this.identity = identity;
    }

    @GET
    @Produces(KahootImportResource.XLSX)
    @Operation(
            summary = "Export a quiz as a Kahoot spreadsheet (.xlsx)",
            description = "Single, multi-select and true/false questions with up to four answers become rows; time"
                    + " limits go to the template's nearest value. Questions the template cannot hold (ordering,"
                    + " numeric, typed, more than four answers, a question over 120 or an answer over 75 characters)"
                    + " are left out and listed in the X-Quiz-Arena-Skipped header as id:reason, comma-separated.")
    @APIResponse(
            responseCode = "200",
            description = "The spreadsheet, as an attachment",
            content =
                    @Content(
                            mediaType = KahootImportResource.XLSX,
                            schema = @Schema(type = SchemaType.STRING, format = "binary")),
            headers = {
                @Header(name = SKIPPED, description = "id:reason of each question left out, e.g. h-x:ordering"),
                @Header(name = RETIMED, description = "id:from->to of each question given another time limit"),
                @Header(name = EXPORTED, description = "number of questions in the file")
            })
    @APIResponse(responseCode = "404", description = "No quiz with this id that you may use")
    public Response export(
            @PathParam("id") String id,
            @Parameter(description = "Language of the texts written, en or zh; default: Accept-Language")
                    @QueryParam("lang")
                    String lang,
            @HeaderParam("Accept-Language") String acceptLanguage) {
        Export export = kahoot.export(id, RequestLanguage.choose(lang, acceptLanguage), Caller.of(identity));
        Response.ResponseBuilder response = Response.ok(export.file(), KahootImportResource.XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + export.quizId() + "-kahoot.xlsx\"")
                .header(EXPORTED, export.exported());
        if (!export.skipped().isEmpty()) {
            response.header(
                    SKIPPED,
                    export.skipped().stream()
                            .map(s -> s.questionId() + ":" + s.reason())
                            .collect(Collectors.joining(",")));
        }
        if (!export.retimed().isEmpty()) {
            response.header(
                    RETIMED,
                    export.retimed().stream()
                            .map(r -> r.questionId() + ":" + r.fromSeconds() + "->" + r.toSeconds())
                            .collect(Collectors.joining(",")));
        }
        return response.build();
    }
}
