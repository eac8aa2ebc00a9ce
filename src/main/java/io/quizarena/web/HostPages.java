package io.quizarena.web;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.quizarena.bank.Language;
import io.quizarena.bank.QuizService;
import io.quizarena.bank.QuizView;
import io.quizarena.identity.Caller;
import io.quizarena.problem.NotFoundException;
import io.quizarena.results.GameResults;
import io.quizarena.results.GameResultsService;
import io.quizarena.room.JoinLinks;
import io.vertx.core.http.HttpServerRequest;
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

/**
 * The host's pages: opening a room, the big screen, and a finished game's results. Each needs the host role; an
 * anonymous reader is sent to the sign-in page and back.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HostPages {

    private final SecurityIdentity identity;
    private final QuizService quizzes;
    private final GameResultsService games;
    private final JoinLinks links;

    public HostPages(SecurityIdentity identity, QuizService quizzes, GameResultsService games, JoinLinks links) {
        this.identity = identity;
        this.quizzes = quizzes;
        this.games = games;
        this.links = links;
    }

    /** Opening a room: pick a quiz and the settings. The page's script creates the room through POST /api/rooms. */
    @GET
    @Path("host")
    public TemplateInstance host(
            @QueryParam("quiz") String quizId, @Context HttpHeaders headers, @Context UriInfo uri) {
        PageContext page = hostPage(headers, uri);
        Caller caller = Caller.of(identity);
        List<QuizView> all = new ArrayList<>();
        for (int p = 0; ; p++) {
            var found = quizzes.list(false, p, 100, language(page), caller);
            all.addAll(found.items());
            if (all.size() >= found.total() || found.items().isEmpty()) {
                break;
            }
        }
        return Pages.host(page, all, quizId, games.recent(caller)).setLocale(page.lang());
    }

    /**
     * The big screen. Its script connects to /ws/host/{pin} with the host token kept by the page that opened it. The
     * join link is this page's own (or the public URL), so it and the QR code work wherever the room runs now.
     */
    @GET
    @Path("host/room/{pin}")
    public TemplateInstance room(
            @PathParam("pin") String pin,
            @Context HttpHeaders headers,
            @Context UriInfo uri,
            @Context HttpServerRequest request) {
        PageContext page = hostPage(headers, uri);
        if (pin == null || !pin.matches(PlayerPages.PIN)) {
            throw new NotFoundException("no room " + pin);
        }
        String joinUrl = JoinLinks.joinUrl(links.origin(request), pin);
        return Pages.hostRoom(page, pin, joinUrl, JoinLinks.loopback(joinUrl)).setLocale(page.lang());
    }

    @GET
    @Path("results/{id}")
    public TemplateInstance results(@PathParam("id") String id, @Context HttpHeaders headers, @Context UriInfo uri) {
        PageContext page = hostPage(headers, uri);
        GameResults game = PageNotFound.orNotFound(page, () -> games.results(id, Caller.of(identity)));
        return Pages.results(page, game).setLocale(page.lang());
    }

    private PageContext hostPage(HttpHeaders headers, UriInfo uri) {
        return requireHost(PageContext.of(headers, uri, identity));
    }

    static PageContext requireHost(PageContext page) {
        if (!page.signedIn()) {
            throw new SignInRequired(page);
        }
        if (!page.mayHost()) {
            throw new HostRoleRequired(page);
        }
        return page;
    }

    static Language language(PageContext page) {
        return page.zh() ? Language.ZH : Language.EN;
    }
}
