package io.quizarena.web;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.quizarena.bank.QuizService;
import io.quizarena.bank.QuizView;
import io.quizarena.bank.Topic;
import io.quizarena.identity.Caller;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Browsing quizzes (anyone), and the simple editor of a host's own quizzes (its script uses /api/quizzes). */
@Path("/quizzes")
@Produces(MediaType.TEXT_HTML)
public class QuizPages {

    private final SecurityIdentity identity;
    private final QuizService quizzes;

    public QuizPages(SecurityIdentity identity, QuizService quizzes) {
        this.identity = identity;
        this.quizzes = quizzes;
    }

    @GET
    public TemplateInstance list(@Context HttpHeaders headers, @Context UriInfo uri) {
        PageContext page = PageContext.of(headers, uri, identity);
        Caller caller = Caller.of(identity);
        List<QuizView> all = new ArrayList<>();
        for (int p = 0; ; p++) {
            var found = quizzes.list(false, p, 100, HostPages.language(page), caller);
            all.addAll(found.items());
            if (all.size() >= found.total() || found.items().isEmpty()) {
                break;
            }
        }
        return Pages.quizzes(page, all).setLocale(page.lang());
    }

    @GET
    @Path("new")
    public TemplateInstance create(@Context HttpHeaders headers, @Context UriInfo uri) {
        PageContext page = HostPages.requireHost(PageContext.of(headers, uri, identity));
        return Pages.quizEditor(page, null, topics(page)).setLocale(page.lang());
    }

    @GET
    @Path("{id}")
    public TemplateInstance view(@PathParam("id") String id, @Context HttpHeaders headers, @Context UriInfo uri) {
        PageContext page = PageContext.of(headers, uri, identity);
        return Pages.quiz(
                        page,
                        PageNotFound.orNotFound(
                                page, () -> quizzes.view(id, HostPages.language(page), Caller.of(identity))))
                .setLocale(page.lang());
    }

    @GET
    @Path("{id}/edit")
    public TemplateInstance edit(@PathParam("id") String id, @Context HttpHeaders headers, @Context UriInfo uri) {
        PageContext page = HostPages.requireHost(PageContext.of(headers, uri, identity));
        // the editor loads the quiz itself; this only checks that the host may see it (404 otherwise)
        PageNotFound.orNotFound(page, () -> quizzes.view(id, HostPages.language(page), Caller.of(identity)));
        return Pages.quizEditor(page, id, topics(page)).setLocale(page.lang());
    }

    static List<Pages.TopicOption> topics(PageContext page) {
        return Arrays.stream(Topic.values())
                .map(t -> new Pages.TopicOption(
                        t.id(),
                        page.zh() ? t.displayName().zh() : t.displayName().en()))
                .toList();
    }
}
