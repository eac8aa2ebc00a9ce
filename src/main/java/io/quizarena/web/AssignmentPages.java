package io.quizarena.web;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.quizarena.bank.QuizService;
import io.quizarena.bank.QuizView;
import io.quizarena.identity.Caller;
import io.quizarena.problem.NotFoundException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A trainer's assignments (issue 13): the list with a form that sets a new one, and the page that shares one with the
 * team (link, QR code). Host role, like the host page. The pages only render; their scripts read and write
 * /api/assignments, which decides who sees what (docs/training-api.md).
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class AssignmentPages {

    /** What an assignment id may look like in a path; anything else is no assignment (and no odd text in a QR). */
    static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final SecurityIdentity identity;
    private final QuizService quizzes;

    public AssignmentPages(SecurityIdentity identity, QuizService quizzes) {
        this.identity = identity;
        this.quizzes = quizzes;
    }

    @GET
    @Path("assignments")
    public TemplateInstance list(
            @QueryParam("quiz") String quizId, @Context HttpHeaders headers, @Context UriInfo uri) {
        PageContext page = HostPages.requireHost(PageContext.of(headers, uri, identity));
        return AssignmentTemplates.assignments(page, usableQuizzes(page), quizId)
                .setLocale(page.lang());
    }

    /**
     * The share page. Whether the assignment exists is the API's to say: the script shows "not found" on its 404, so
     * this page needs nothing of the training service.
     */
    @GET
    @Path("assignments/{id}")
    public TemplateInstance share(@PathParam("id") String id, @Context HttpHeaders headers, @Context UriInfo uri) {
        PageContext page = HostPages.requireHost(PageContext.of(headers, uri, identity));
        if (!ID.matcher(id).matches()) {
            // the not-found page, as for an unknown quiz
            PageNotFound.orNotFound(page, () -> {
                throw new NotFoundException("no assignment " + id);
            });
        }
        return AssignmentTemplates.assignmentShare(page, id).setLocale(page.lang());
    }

    /** Every quiz the trainer may use, page by page, as the host page lists them for a room. */
    private List<QuizView> usableQuizzes(PageContext page) {
        Caller caller = Caller.of(identity);
        List<QuizView> all = new ArrayList<>();
        for (int p = 0; ; p++) {
            var found = quizzes.list(false, p, 100, HostPages.language(page), caller);
            all.addAll(found.items());
            if (all.size() >= found.total() || found.items().isEmpty()) {
                return all;
            }
        }
    }
}
