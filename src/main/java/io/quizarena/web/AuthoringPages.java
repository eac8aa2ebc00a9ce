package io.quizarena.web;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.quizarena.bank.QuestionService;
import io.quizarena.bank.QuizService;
import io.quizarena.identity.Caller;
import io.quizarena.problem.DomainException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

/**
 * A host's authoring pages (docs/adr/0020): writing a question of any type with a live preview, and importing a file.
 * Both only render a form; their scripts call /api/questions, /api/quizzes and /api/bank, which validate and store.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class AuthoringPages {

    private final SecurityIdentity identity;
    private final QuestionService questions;
    private final QuizService quizzes;

    public AuthoringPages(SecurityIdentity identity, QuestionService questions, QuizService quizzes) {
        this.identity = identity;
        this.questions = questions;
        this.quizzes = quizzes;
    }

    /** @param quiz the quiz being edited, which gets the new question ({@code new} for one not saved yet) */
    @GET
    @Path("questions/new")
    public TemplateInstance create(
            @QueryParam("quiz") String quiz, @Context HttpHeaders headers, @Context UriInfo uri) {
        PageContext page = HostPages.requireHost(PageContext.of(headers, uri, identity));
        return AuthoringTemplates.questionEditor(page, null, returnTo(page, quiz), QuizPages.topics(page))
                .setLocale(page.lang());
    }

    @GET
    @Path("questions/{id}/edit")
    public TemplateInstance edit(
            @PathParam("id") String id,
            @QueryParam("quiz") String quiz,
            @Context HttpHeaders headers,
            @Context UriInfo uri) {
        PageContext page = HostPages.requireHost(PageContext.of(headers, uri, identity));
        // the script loads the question itself; this only checks that the host may change it (404 otherwise)
        PageNotFound.orNotFound(page, () -> questions.document(id, Caller.of(identity)));
        return AuthoringTemplates.questionEditor(page, id, returnTo(page, quiz), QuizPages.topics(page))
                .setLocale(page.lang());
    }

    @GET
    @Path("import")
    public TemplateInstance importFile(@Context HttpHeaders headers, @Context UriInfo uri) {
        PageContext page = HostPages.requireHost(PageContext.of(headers, uri, identity));
        return AuthoringTemplates.bankImport(page).setLocale(page.lang());
    }

    /**
     * Where the editor goes back after saving, with the new question for the quiz editor to add: only the new quiz or
     * one of the host's quizzes (an unknown id would send the host to a 404 after saving, so it is dropped here).
     */
    private String returnTo(PageContext page, String quiz) {
        if (quiz == null || quiz.isBlank()) {
            return null;
        }
        if (quiz.equals("new")) {
            return "/quizzes/new";
        }
        try {
            var view = quizzes.view(quiz, HostPages.language(page), Caller.of(identity));
            return view.official() ? null : "/quizzes/" + view.id() + "/edit";
        } catch (DomainException e) {
            return null; // not found or not this host's: the editor simply stays on its page after saving
        }
    }
}
