package io.quizarena.web;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.identity.SecurityIdentity;
import io.quizarena.bank.Language;
import io.quizarena.bank.LocalizedText;
import io.quizarena.bank.QuizService;
import io.quizarena.bank.QuizView;
import io.quizarena.identity.Caller;
import io.quizarena.problem.NotFoundException;
import io.quizarena.results.GameResults;
import io.quizarena.results.GameResultsService;
import io.quizarena.room.HostRooms;
import io.quizarena.room.HostRooms.HostedRoom;
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
    private final HostRooms rooms;

    /** One of the host's open rooms as the host page lists it, in the page's language. */
    record OpenRoomView(String pin, String title, String state, String players, String screenUrl, String remoteUrl) {}

    public HostPages(
            SecurityIdentity identity,
            QuizService quizzes,
            GameResultsService games,
            JoinLinks links,
            HostRooms rooms) {
        this.identity = identity;
        this.quizzes = quizzes;
        this.games = games;
        this.links = links;
        this.rooms = rooms;
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
        return Pages.host(page, all, quizId, games.recent(caller), openRooms(page, caller))
                .setLocale(page.lang());
    }

    /** The host's open rooms on any server, so a big screen or a phone signed in as them can pick one. */
    private List<OpenRoomView> openRooms(PageContext page, Caller caller) {
        ScreenMessages texts = page.zh()
                ? MessageBundles.get(ScreenMessages.class, Localized.Literal.of(PageLanguage.ZH))
                : MessageBundles.get(ScreenMessages.class);
        List<OpenRoomView> views = new ArrayList<>();
        for (HostedRoom room : rooms.mine(caller)) {
            LocalizedText title = room.quizTitle();
            String shown =
                    title == null ? "" : page.zh() ? first(title.zh(), title.en()) : first(title.en(), title.zh());
            views.add(new OpenRoomView(
                    room.pin(),
                    shown,
                    state(texts, room.state()),
                    texts.player_count(room.playerCount()),
                    room.screenUrl(),
                    room.remoteUrl()));
        }
        return views;
    }

    private static String first(String preferred, String other) {
        return preferred != null && !preferred.isBlank() ? preferred : other;
    }

    private static String state(ScreenMessages texts, String phase) {
        return switch (phase == null ? "" : phase) {
            case "GET_READY" -> texts.state_get_ready();
            case "QUESTION_OPEN" -> texts.state_question_open();
            case "REVEAL" -> texts.state_reveal();
            case "STANDINGS" -> texts.state_standings();
            case "PODIUM" -> texts.state_podium();
            case "CLOSED" -> texts.state_closed();
            default -> texts.state_lobby();
        };
    }

    /**
     * The big screen, or with {@code view=remote} the phone controls. Its script connects to /ws/host/{pin} with the
     * host token kept by the page that opened the room, or else with the screen pass it asks for (its owner only,
     * docs/adr/0019). The join link is this page's own (or the public URL), so it and the QR code work wherever the
     * room runs now.
     */
    @GET
    @Path("host/room/{pin}")
    public TemplateInstance room(
            @PathParam("pin") String pin,
            @QueryParam("view") String view,
            @Context HttpHeaders headers,
            @Context UriInfo uri,
            @Context HttpServerRequest request) {
        PageContext page = hostPage(headers, uri);
        if (pin == null || !pin.matches(PlayerPages.PIN)) {
            throw new NotFoundException("no room " + pin);
        }
        String joinUrl = JoinLinks.joinUrl(links.origin(request), pin);
        return Pages.hostRoom(page, pin, joinUrl, JoinLinks.loopback(joinUrl), "remote".equals(view))
                .setLocale(page.lang());
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
