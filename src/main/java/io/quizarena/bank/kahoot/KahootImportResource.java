package io.quizarena.bank.kahoot;

import io.quarkus.security.identity.SecurityIdentity;
import io.quizarena.bank.BankConfig;
import io.quizarena.bank.Language;
import io.quizarena.bank.RequestLanguage;
import io.quizarena.bank.Topic;
import io.quizarena.bank.Violation;
import io.quizarena.identity.Caller;
import io.quizarena.identity.Roles;
import io.quizarena.problem.InvalidInputException;
import io.quizarena.problem.PayloadTooLargeException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/bank/import/kahoot}: a Kahoot spreadsheet becomes the host's own questions and a quiz of them. Its
 * own root path, because a second resource class on {@code /api/bank} would hide one of the two from the router.
 */
@Path("/api/bank/import/kahoot")
@Tag(name = "Import and export")
@RolesAllowed({Roles.HOST, Roles.ADMIN})
public class KahootImportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final KahootService kahoot;
    private final SecurityIdentity identity;
    private final BankConfig config;

    public KahootImportResource(KahootService kahoot, SecurityIdentity identity, BankConfig config) {
        this.kahoot = kahoot;
        this.identity = identity;
        this.config = config;
    }

    @POST
    @Consumes({XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Import a Kahoot spreadsheet (.xlsx) as your own questions and a quiz of them; all or nothing",
            description = "The sheet's header row is found by its cells (Question, Answer 1 to 4, Time limit (sec),"
                    + " Correct answer(s)); the rows below it are the questions, in order. Several correct answers make"
                    + " a multi-select question, two answers True and False a true/false one. A bad row is refused"
                    + " with problem details whose violations name the row and column, such as"
                    + " /rows/12/Time limit (sec); a file that is not an .xlsx spreadsheet with /file.")
    @RequestBody(
            content = {
                @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(
                        mediaType = MediaType.APPLICATION_OCTET_STREAM,
                        schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    @APIResponse(responseCode = "200", description = "What was created: question ids and the new quiz's id")
    @APIResponse(responseCode = "400", description = "A bad row or file; nothing was imported")
    @APIResponse(responseCode = "413", description = "Larger than arena.bank.import-max-bytes")
    public KahootImportReport importSheet(
            InputStream body,
            @Parameter(description = "Quiz title; default: the sheet's \"Quiz title\" cell, else \"Imported quiz\"")
                    @QueryParam("title")
                    String title,
            @Parameter(description = "Language of the texts, en or zh; default: zh if a question has Han characters")
                    @QueryParam("lang")
                    String lang,
            @Parameter(description = "Topic of the new questions; default: evaluation") @QueryParam("topic")
                    String topic)
            throws IOException {
        Language language = lang == null || lang.isBlank() ? null : RequestLanguage.choose(lang, null);
        Topic chosen = null;
        if (topic != null && !topic.isBlank()) {
            chosen = Topic.byId(topic)
                    .orElseThrow(() -> new InvalidInputException(
                            "unknown topic " + topic, List.of(new Violation("/topic", "unknown topic"))));
        }
        return kahoot.importSheet(
                readLimited(body, config.importMaxBytes()), title, language, chosen, Caller.of(identity));
    }

    private static byte[] readLimited(InputStream body, int maxBytes) throws IOException {
        byte[] bytes = body.readNBytes(maxBytes + 1);
        if (bytes.length > maxBytes) {
            throw new PayloadTooLargeException("imports are limited to " + maxBytes + " bytes");
        }
        return bytes;
    }
}
