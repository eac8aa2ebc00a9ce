package io.quizarena.bank;

import io.quarkus.security.identity.SecurityIdentity;
import io.quizarena.bank.BankDocument.QuestionDocument;
import io.quizarena.identity.Caller;
import io.quizarena.identity.Roles;
import io.quizarena.problem.InvalidInputException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
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

@Path("/api/questions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Questions")
public class QuestionResource {

    private final QuestionService questions;
    private final SecurityIdentity identity;

    public QuestionResource(QuestionService questions, SecurityIdentity identity) {
        this.questions = questions;
        this.identity = identity;
    }

    @GET
    @PermitAll
    @Operation(summary = "List and filter questions; answer keys only for hosts and admins")
    public Page<QuestionView> list(
            @QueryParam("topic") String topic,
            @QueryParam("type") String type,
            @QueryParam("difficulty") @Min(1) @Max(3) Integer difficulty,
            @QueryParam("q") @Size(max = 100) String text,
            @QueryParam("mine") @DefaultValue("false") boolean mine,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size,
            @QueryParam("lang") String lang,
            @HeaderParam("Accept-Language") String acceptLanguage) {
        if (topic != null && Topic.byId(topic).isEmpty()) {
            throw new InvalidInputException(
                    "unknown topic " + topic, List.of(new Violation("/topic", "unknown topic")));
        }
        QuestionType questionType = null;
        if (type != null) {
            try {
                questionType = QuestionType.fromWireName(type);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(e.getMessage(), List.of(new Violation("/type", e.getMessage())));
            }
        }
        Caller caller = Caller.of(identity);
        if (mine && caller.name() == null) {
            throw new InvalidInputException(
                    "sign in to list your own questions", List.of(new Violation("/mine", "needs a signed-in caller")));
        }
        QuestionFilter filter = new QuestionFilter(topic, questionType, difficulty, text, mine, page, size);
        return questions.search(filter, RequestLanguage.choose(lang, acceptLanguage), caller);
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @Operation(summary = "One question in one language")
    public QuestionView get(
            @PathParam("id") String id,
            @QueryParam("lang") String lang,
            @HeaderParam("Accept-Language") String acceptLanguage) {
        return questions.view(id, RequestLanguage.choose(lang, acceptLanguage), Caller.of(identity));
    }

    @GET
    @Path("/{id}/document")
    @RolesAllowed({Roles.HOST, Roles.ADMIN})
    @Operation(summary = "One question in the bank file format, both languages and the answer key")
    public QuestionDocument document(@PathParam("id") String id) {
        return questions.document(id, Caller.of(identity));
    }

    @POST
    @RolesAllowed({Roles.HOST, Roles.ADMIN})
    @Operation(
            summary = "Create a question of your own (bank file format; id optional; without timeLimitSeconds, a"
                    + " default from its reading time; texts in zh, en or both)")
    public Response create(QuestionDocument document) {
        requireBody(document);
        QuestionDocument created = questions.create(document, Caller.of(identity));
        return Response.created(URI.create("/api/questions/" + created.id()))
                .entity(created)
                .build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.HOST, Roles.ADMIN})
    @Operation(summary = "Replace a question of your own")
    public QuestionDocument update(@PathParam("id") String id, QuestionDocument document) {
        requireBody(document);
        return questions.update(id, document, Caller.of(identity));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.HOST, Roles.ADMIN})
    @Operation(summary = "Delete a question of your own that no quiz uses")
    public Response delete(@PathParam("id") String id) {
        questions.delete(id, Caller.of(identity));
        return Response.noContent().build();
    }

    static void requireBody(Object body) {
        if (body == null) {
            throw new InvalidInputException("a JSON body is required", List.of(new Violation("/", "missing body")));
        }
    }
}
