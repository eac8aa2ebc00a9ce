package io.quizarena.web;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.quizarena.leaderboard.BoardCatalog;
import io.quizarena.leaderboard.LeaderboardQueries;
import io.quizarena.leaderboard.LeaderboardQueries.BoardPage;
import io.quizarena.problem.InvalidInputException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * The leaderboard pages: the list of boards, each with its top three, and one board with pages, the reader's own rank with their neighbours,
 * and live updates (its script follows {@code /api/leaderboards/{board}/live}).
 */
@Path("/leaderboards")
@Produces(MediaType.TEXT_HTML)
public class LeaderboardPages {

    static final int PAGE_SIZE = 25;
    /** How many entries each board's card on the list shows. */
    static final int TOP = 3;

    static final int MAX_PAGE = 4_000;

    private final SecurityIdentity identity;
    private final BoardCatalog catalog;
    private final LeaderboardQueries queries;

    public LeaderboardPages(SecurityIdentity identity, BoardCatalog catalog, LeaderboardQueries queries) {
        this.identity = identity;
        this.catalog = catalog;
        this.queries = queries;
    }

    @GET
    public TemplateInstance list(@Context HttpHeaders headers, @Context UriInfo uri) {
        PageContext page = PageContext.of(headers, uri, identity);
        List<BoardCard> cards = catalog.standing(HostPages.language(page)).stream()
                .map(b -> new BoardCard(b, queries.page(b.id(), TOP, 0)))
                .toList();
        return Pages.leaderboards(page, cards).setLocale(page.lang());
    }

    @GET
    @Path("{board}")
    public TemplateInstance board(
            @PathParam("board") String address,
            @QueryParam("page") @DefaultValue("1") int number,
            @Context HttpHeaders headers,
            @Context UriInfo uri) {
        PageContext page = PageContext.of(headers, uri, identity);
        String board = PageNotFound.orNotFound(page, () -> catalog.resolve(address));
        if (number < 1 || number > MAX_PAGE) {
            throw new InvalidInputException("page must be between 1 and " + MAX_PAGE);
        }
        BoardPage rows = queries.page(board, PAGE_SIZE, (number - 1) * PAGE_SIZE);
        boolean more = (long) number * PAGE_SIZE < rows.entrants();
        return Pages.leaderboard(page, catalog.describe(board, HostPages.language(page)), rows, number, PAGE_SIZE, more)
                .setLocale(page.lang());
    }
}
