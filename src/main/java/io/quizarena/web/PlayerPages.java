package io.quizarena.web;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.quizarena.leaderboard.BoardCatalog;
import io.quizarena.leaderboard.Boards;
import io.quizarena.leaderboard.LeaderboardQueries;
import io.quizarena.leaderboard.LeaderboardQueries.BoardPage;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The pages anyone may open: home, join, the player's controller, sign-in and the language switch. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class PlayerPages {

    static final String PIN = "\\d{6}";
    static final int MAX_NICKNAME = 20;

    private final SecurityIdentity identity;
    private final BoardCatalog boards;
    private final LeaderboardQueries leaderboards;

    private final SignInMode signIn;

    /** How readers sign in: the local users' form (dev, test, it builds) or Keycloak (prod build). */
    enum SignInMode {
        LOCAL,
        OIDC
    }

    public PlayerPages(
            SecurityIdentity identity,
            BoardCatalog boards,
            LeaderboardQueries leaderboards,
            @ConfigProperty(name = "arena.web.sign-in", defaultValue = "local") SignInMode signIn) {
        this.identity = identity;
        this.boards = boards;
        this.leaderboards = leaderboards;
        this.signIn = signIn;
    }

    @GET
    public TemplateInstance home(@Context HttpHeaders headers, @Context UriInfo uri) {
        PageContext page = PageContext.of(headers, uri, identity);
        // this week's top five, as a taste of the boards
        BoardPage week = leaderboards.page(boards.resolve(Boards.THIS_WEEK), 5, 0);
        return Pages.home(page, null, null, null, week).setLocale(page.lang());
    }

    /** What the QR code opens: the join form with the PIN filled in. */
    @GET
    @Path("join")
    public TemplateInstance join(@QueryParam("pin") String pin, @Context HttpHeaders headers, @Context UriInfo uri) {
        PageContext page = PageContext.of(headers, uri, identity);
        return Pages.join(page, pin != null && pin.matches(PIN) ? pin : null, null, null)
                .setLocale(page.lang());
    }

    /** The player's controller. A bad PIN or nickname shows the join form again with the reason (400). */
    @GET
    @Path("play")
    public Response play(
            @QueryParam("pin") String pin,
            @QueryParam("nickname") String nickname,
            @QueryParam("team") String team,
            @Context HttpHeaders headers,
            @Context UriInfo uri) {
        PageContext page = PageContext.of(headers, uri, identity);
        String cleanPin = pin == null ? "" : pin.strip();
        String cleanTeam = team == null || team.isBlank() ? "" : team.strip();
        String cleanNickname = nickname == null ? "" : nickname.strip();
        String error = null;
        if (!cleanPin.matches(PIN)) {
            error = Texts.in(page).join_pin_hint();
        } else if (cleanNickname.isEmpty() || cleanNickname.codePointCount(0, cleanNickname.length()) > MAX_NICKNAME) {
            error = Texts.in(page).err_nickname_invalid();
        }
        if (error != null) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(Pages.join(page, cleanPin.matches(PIN) ? cleanPin : null, cleanNickname, error)
                            .setLocale(page.lang())
                            .render())
                    .build();
        }
        return Response.ok(Pages.play(page, cleanPin, cleanNickname, cleanTeam)
                        .setLocale(page.lang())
                        .render())
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store")
                .build();
    }

    @GET
    @Path("signin")
    public Response signIn(
            @QueryParam("next") String next,
            @QueryParam("error") String error,
            @Context HttpHeaders headers,
            @Context UriInfo uri) {
        String target = SafeNext.of(next);
        if (signIn == SignInMode.OIDC) {
            // the prod build has no local users: Keycloak signs the reader in (code flow) on the way through
            return Response.seeOther(URI.create("/signin/oidc?next=" + target)).build();
        }
        PageContext page = PageContext.of(headers, uri, identity);
        // Quarkus' form sign-in sends the reader back to this cookie's URL (absolute, same site) after success
        URI base = uri.getBaseUri();
        String back = base.getScheme() + "://" + base.getRawAuthority() + target;
        return Response.ok(Pages.signin(page, target, error != null)
                        .setLocale(page.lang())
                        .render())
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                // set by hand: JAX-RS would quote the value, and the quotes would then break the URL check
                .header("Set-Cookie", "quarkus-redirect-location=" + back + "; Path=/; HttpOnly; SameSite=Strict")
                .build();
    }

    /**
     * Keycloak sign-in (prod build): reaching this path requires a signed-in caller, so Quarkus OIDC (application type
     * hybrid) sends an anonymous browser through Keycloak's sign-in first; then the reader goes where they were going.
     */
    @GET
    @Path("signin/oidc")
    @Authenticated
    public Response signInWithKeycloak(@QueryParam("next") String next) {
        return Response.seeOther(URI.create(SafeNext.of(next))).build();
    }

    /**
     * Forgets the sign-in cookie. POST, so that a link or a prefetch cannot sign anyone out; a form post only, so that
     * quarkus-rest-csrf always checks its token (it lets other content types through, for the JSON APIs).
     */
    @POST
    @Path("signout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signOut() {
        if (signIn == SignInMode.OIDC) {
            // Quarkus OIDC ends the Keycloak session on its logout path (quarkus.oidc.logout.path), then comes back
            return Response.seeOther(URI.create("/signout/oidc")).build();
        }
        return Response.seeOther(URI.create("/"))
                .cookie(new NewCookie.Builder(SESSION_COOKIE)
                        .value("")
                        .path("/")
                        .maxAge(0)
                        .httpOnly(true)
                        .build())
                .build();
    }

    /** The language switch: remembered for a year, then back to where the reader was. */
    @GET
    @Path("lang/{lang}")
    public Response language(@PathParam("lang") String lang, @QueryParam("next") String next) {
        String chosen = PageLanguage.supported(lang);
        if (chosen == null) {
            chosen = PageLanguage.EN;
        }
        return Response.seeOther(URI.create(SafeNext.of(next)))
                .cookie(new NewCookie.Builder(PageLanguage.COOKIE)
                        .value(chosen)
                        .path("/")
                        .maxAge(365 * 24 * 3600)
                        .httpOnly(true) // read by the server only
                        .sameSite(NewCookie.SameSite.LAX)
                        .build())
                .build();
    }

    /** The name of the local sign-in cookie (quarkus.http.auth.form.cookie-name). */
    static final String SESSION_COOKIE = "quiz-arena-session";
}
