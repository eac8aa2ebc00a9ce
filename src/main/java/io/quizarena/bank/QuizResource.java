package io.quizarena.bank;

import io.quarkus.security.identity.SecurityIdentity;
import io.quizarena.bank.BankDocument.QuizDocument;
import io.quizarena.identity.Caller;
import io.quizarena.identity.Roles;
import io.quizarena.problem.InvalidInputException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/quizzes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Quizzes")
public class QuizResource {

    private final QuizService quizzes;
    private final SecurityIdentity identity;

    public QuizResource(QuizService quizzes, SecurityIdentity identity) {
        this.quizzes = quizzes;
        this.identity = identity;
    }

    @GET
    @PermitAll
    @Operation(summary = "Premade quizzes and, for a signed-in host, their own")
    public Page<QuizView> list(
            @QueryParam("mine") @DefaultValue("false") boolean mine,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(100) int size,
            @QueryParam("lang") String lang,
            @HeaderParam("Accept-Language") String acceptLanguage) {
        Caller caller = Caller.of(identity);
        if (mine && caller.name() == null) {
            throw new InvalidInputException(
                    "sign in to list your own quizzes", List.of(new Violation("/mine", "needs a signed-in caller")));
        }
        return quizzes.list(mine, page, size, RequestLanguage.choose(lang, acceptLanguage), caller);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "One quiz with its questions in one language")
    public QuizView get(
            @PathParam("id") String id,
            @QueryParam("lang") String lang,
            @HeaderParam("Accept-Language") String acceptLanguage) {
        return quizzes.view(id, RequestLanguage.choose(lang, acceptLanguage), Caller.of(identity));
    }

    @GET
    @Path("/{id}/document")
    @RolesAllowed({Roles.HOST, Roles.ADMIN})
    @Operation(
            summary = "One quiz in the bank file format: its texts as written, a missing language left out (for"
                    + " editors, which must not mistake a fallback for a translation)")
    public QuizDocument document(@PathParam("id") String id) {
        return quizzes.document(id, Caller.of(identity));
    }

    @POST
    @RolesAllowed({Roles.HOST, Roles.ADMIN})
    @Operation(summary = "Create a quiz of your own from bank questions and your own")
    public Response create(QuizDocument request) {
        QuestionResource.requireBody(request);
        QuizDocument created = quizzes.create(request, Caller.of(identity));
        return Response.created(URI.create("/api/quizzes/" + created.id()))
                .entity(created)
                .build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.HOST, Roles.ADMIN})
    @Operation(summary = "Replace a quiz of your own (title, description, question order)")
    public QuizDocument update(@PathParam("id") String id, QuizDocument request) {
        QuestionResource.requireBody(request);
        return quizzes.update(id, request, Caller.of(identity));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.HOST, Roles.ADMIN})
    @Operation(summary = "Delete a quiz of your own")
    public Response delete(@PathParam("id") String id) {
        quizzes.delete(id, Caller.of(identity));
        return Response.noContent().build();
    }
}
