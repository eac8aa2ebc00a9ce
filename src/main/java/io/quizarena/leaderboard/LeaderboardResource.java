package io.quizarena.leaderboard;

import io.quizarena.bank.RequestLanguage;
import io.quizarena.leaderboard.BoardCatalog.BoardInfo;
import io.quizarena.leaderboard.LeaderboardQueries.BoardPage;
import io.quizarena.leaderboard.LeaderboardQueries.Neighbourhood;
import io.quizarena.problem.InvalidInputException;
import io.quizarena.problem.NotFoundException;
import io.smallrye.mutiny.Multi;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;

@Path("/api/leaderboards")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Leaderboards")
@PermitAll
public class LeaderboardResource {

    static final int MAX_LIMIT = 100;
    static final int MAX_OFFSET = 100_000;
    static final int MAX_NEIGHBOURS = 20;

    private final LeaderboardQueries queries;
    private final BoardCatalog catalog;
    private final LiveBoards live;

    LeaderboardResource(LeaderboardQueries queries, BoardCatalog catalog, LiveBoards live) {
        this.queries = queries;
        this.catalog = catalog;
        this.live = live;
    }

    @GET
    @Operation(
            summary = "The standing boards: global, this week, teams and one per topic (game and team boards are"
                    + " reached from their game or team)")
    public List<BoardInfo> boards(@QueryParam("lang") String lang, @HeaderParam("Accept-Language") String accept) {
        return catalog.standing(RequestLanguage.choose(lang, accept));
    }

    @GET
    @Path("{board}")
    @Operation(summary = "A page of a board, best first, with competition ranks (ties share a rank)")
    public BoardPage page(
            @PathParam("board") String board,
            @QueryParam("limit") @DefaultValue("10") int limit,
            @QueryParam("offset") @DefaultValue("0") int offset) {
        return queries.page(catalog.resolve(board), checkLimit(limit), checkOffset(offset));
    }

    @GET
    @Path("{board}/entrants/{entrant}")
    @Operation(
            summary = "An entrant's rank with the entries right above and below (a player key such as"
                    + " user:alice or guest:g_..., or a team code on the teams board)")
    public Neighbourhood around(
            @PathParam("board") String board,
            @PathParam("entrant") String entrant,
            @QueryParam("neighbours") @DefaultValue("5") int neighbours) {
        if (neighbours < 0 || neighbours > MAX_NEIGHBOURS) {
            throw new InvalidInputException("neighbours must be between 0 and " + MAX_NEIGHBOURS);
        }
        String id = catalog.resolve(board);
        return queries.around(id, entrant, neighbours)
                .orElseThrow(() -> new NotFoundException(entrant + " is not on board " + id));
    }

    @GET
    @Path("{board}/live")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "The board's top entries now, then again whenever they change (server-sent events); 503 when this"
                    + " node serves as many live viewers as it may (arena.leaderboard.live-max-viewers)")
    public Multi<BoardPage> live(@PathParam("board") String board, @QueryParam("limit") @DefaultValue("10") int limit) {
        return live.watch(catalog.resolve(board), checkLimit(limit));
    }

    private static int checkLimit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit must be between 1 and " + MAX_LIMIT);
        }
        return limit;
    }

    private static int checkOffset(int offset) {
        if (offset < 0 || offset > MAX_OFFSET) {
            throw new InvalidInputException("offset must be between 0 and " + MAX_OFFSET);
        }
        return offset;
    }
}
