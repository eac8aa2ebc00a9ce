package io.quizarena.results;

import io.quarkus.security.identity.SecurityIdentity;
import io.quizarena.bank.Language;
import io.quizarena.bank.RequestLanguage;
import io.quizarena.identity.Caller;
import io.quizarena.identity.Roles;
import io.quizarena.results.GameResults.GameSummary;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/games")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Results")
@RolesAllowed({Roles.HOST, Roles.ADMIN})
public class GameResultsResource {

    private final GameResultsService results;
    private final SecurityIdentity identity;

    public GameResultsResource(GameResultsService results, SecurityIdentity identity) {
        this.results = results;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "Your latest played games (an admin sees everyone's), newest first")
    public List<GameSummary> recent() {
        return results.recent(Caller.of(identity));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A played game: every player's rank and answers (the game's host or an admin)")
    public GameResults one(@PathParam("id") String id) {
        return results.results(id, Caller.of(identity));
    }

    @GET
    @Path("/{id}/results.csv")
    @Produces("text/csv")
    @Operation(
            summary = "The same as CSV: the quiz and its questions (text, share correct) first, then one line per"
                    + " player with answer, correctness, points and time per question; texts in the lang parameter's"
                    + " language, else Accept-Language's")
    public Response csv(
            @PathParam("id") String id,
            @QueryParam("lang") String lang,
            @HeaderParam("Accept-Language") String accept) {
        GameResults game = results.results(id, Caller.of(identity));
        String language = RequestLanguage.choose(lang, accept) == Language.ZH ? "zh" : "en";
        return Response.ok(ResultsCsv.of(game, language), "text/csv; charset=UTF-8")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"quiz-arena-" + game.pin() + "-" + game.id() + ".csv\"")
                .build();
    }
}
