package io.quizarena.web;

import io.quarkus.security.identity.SecurityIdentity;
import io.quizarena.bank.Topic;
import io.quizarena.battle.BattleRatings;
import io.quizarena.battle.BattleResource;
import io.quizarena.problem.ConflictException;
import io.quizarena.problem.NotFoundException;
import io.quizarena.scoring.Glicko2.Rating;
import io.quizarena.web.BattleTemplates.BattleStart;
import io.quizarena.web.BattleTemplates.BoardLink;
import io.quizarena.web.BattleTemplates.PastBattleRow;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The battle pages: the battle itself (its script searches on {@code /ws/matchmaking}, opens challenges through the
 * API and plays on {@code /ws/battle/{id}}), a friend's challenge link, the ratings boards and a player's battles.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class BattlePages {

    static final String MIXED = "mixed";
    static final String GLOBAL = "global";
    static final int BOARD_SIZE = 50;
    static final int HISTORY_SIZE = 30;

    private static final Pattern CODE = Pattern.compile("\\d{6}");
    private static final Pattern BATTLE_ID = Pattern.compile("b[0-9a-f]{20}");
    private static final Pattern PLAYER_KEY = Pattern.compile("(user|guest):[^\\s/]{1,110}");
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final SecurityIdentity identity;
    private final BattleResource api;
    private final BattleRatings ratings;

    public BattlePages(SecurityIdentity identity, BattleResource api, BattleRatings ratings) {
        this.identity = identity;
        this.api = api;
        this.ratings = ratings;
    }

    /**
     * The battle page: {@code topic} (a topic id or mixed) and {@code nickname} to search, with {@code mode=challenge}
     * to open a challenge instead; {@code battle} to (re)join a battle by id. Without a nickname the page asks for one.
     */
    @GET
    @Path("battle")
    public Response battle(
            @QueryParam("topic") String topic,
            @QueryParam("nickname") String nickname,
            @QueryParam("mode") String mode,
            @QueryParam("battle") String battleId,
            @Context HttpHeaders headers,
            @Context UriInfo uri) {
        PageContext page = PageContext.of(headers, uri, identity);
        String name = cleanNickname(nickname);
        if (battleId != null && !battleId.isBlank()) {
            String id = PageNotFound.orNotFound(page, () -> battleIdOrNotFound(battleId.strip()));
            return page(page, new BattleStart("join", null, null, name, id, null, null), Response.Status.OK);
        }
        String chosen = topic == null || topic.isBlank() ? MIXED : topic.strip();
        String topicName = PageNotFound.orNotFound(page, () -> topicName(chosen, page));
        String how = "challenge".equals(mode) ? "challenge" : "seek";
        return page(page, new BattleStart(how, chosen, topicName, name, null, null, null), Response.Status.OK);
    }

    /** The code box's form: on to the challenge's page. */
    @GET
    @Path("battle/c")
    public Response challengeCode(@QueryParam("code") String code, @Context HttpHeaders headers, @Context UriInfo uri) {
        String clean = code == null ? "" : code.replaceAll("\\s", "");
        if (!CODE.matcher(clean).matches()) {
            PageContext page = PageContext.of(headers, uri, identity);
            return PageNotFound.orNotFound(page, () -> {
                throw new NotFoundException("a battle code has six digits");
            });
        }
        return Response.seeOther(URI.create("/battle/c/" + clean)).build();
    }

    /** A friend's challenge link: the battle page, joining the challenge's battle once the reader has a nickname. */
    @GET
    @Path("battle/c/{code}")
    public Response challenge(
            @PathParam("code") String code,
            @QueryParam("nickname") String nickname,
            @Context HttpHeaders headers,
            @Context UriInfo uri) {
        PageContext page = PageContext.of(headers, uri, identity);
        BattleResource.ChallengeLookup found;
        try {
            found = PageNotFound.orNotFound(page, () -> api.challenge(code));
        } catch (ConflictException e) {
            String why = Texts.in(page).battle_challenge_started();
            return page(page, new BattleStart("join", null, null, null, null, code, why), Response.Status.CONFLICT);
        }
        return page(
                page,
                new BattleStart("join", null, null, cleanNickname(nickname), found.battleId(), code, null),
                Response.Status.OK);
    }

    @GET
    @Path("battles/ratings")
    public Response boards(@Context HttpHeaders headers, @Context UriInfo uri) {
        PageContext page = PageContext.of(headers, uri, identity);
        List<BoardLink> boards = new ArrayList<>();
        boards.add(new BoardLink(GLOBAL, Texts.in(page).battle_board_global()));
        for (Topic t : Topic.values()) {
            boards.add(new BoardLink("topic-" + t.id(), BattleViews.name(t, page)));
        }
        return html(
                BattleTemplates.battleBoards(page, boards)
                        .setLocale(page.lang())
                        .render(),
                Response.Status.OK);
    }

    /** One ratings board: established players ranked, provisional ones listed apart and never ranked. */
    @GET
    @Path("battles/ratings/{scope}")
    public Response board(@PathParam("scope") String scope, @Context HttpHeaders headers, @Context UriInfo uri) {
        PageContext page = PageContext.of(headers, uri, identity);
        BoardLink info = PageNotFound.orNotFound(page, () -> boardOrNotFound(scope, page));
        BattleRatings.Board board = ratings.board(scope, BOARD_SIZE);
        return html(
                BattleTemplates.battleBoard(page, info, board)
                        .setLocale(page.lang())
                        .render(),
                Response.Status.OK);
    }

    /** A player's finished battles, newest first: opponent, both scores, outcome, global rating before and after. */
    @GET
    @Path("players/{playerKey}/battles")
    public Response history(
            @PathParam("playerKey") String playerKey, @Context HttpHeaders headers, @Context UriInfo uri) {
        PageContext page = PageContext.of(headers, uri, identity);
        if (!PLAYER_KEY.matcher(playerKey).matches()) {
            return PageNotFound.orNotFound(page, () -> {
                throw new NotFoundException("a player key is user:<name> or guest:<id>");
            });
        }
        AppMessages texts = Texts.in(page);
        List<PastBattleRow> rows = new ArrayList<>();
        for (BattleRatings.PastBattle b : ratings.history(playerKey, HISTORY_SIZE)) {
            rows.add(row(b, page, texts));
        }
        String ratingText = null;
        if (!rows.isEmpty()) {
            Rating rating = ratings.rating(playerKey, GLOBAL);
            ratingText = texts.battle_history_rating(Math.round(rating.rating()))
                    + (rating.provisional() ? " · " + texts.battle_provisional() : "");
        }
        return html(
                BattleTemplates.battleHistory(page, playerKey, ratingText, rows)
                        .setLocale(page.lang())
                        .render(),
                Response.Status.OK);
    }

    private static PastBattleRow row(BattleRatings.PastBattle b, PageContext page, AppMessages texts) {
        String outcome = b.outcome() == null ? "" : b.outcome().toLowerCase(Locale.ROOT);
        String outcomeText = switch (outcome) {
            case "win" -> texts.battle_outcome_win();
            case "loss" -> texts.battle_outcome_loss();
            default -> texts.battle_outcome_draw();
        };
        String ratingText;
        if (b.ratingBefore() == null || b.ratingAfter() == null) {
            ratingText = texts.battle_not_rated();
        } else {
            long change = b.ratingAfter() - b.ratingBefore();
            ratingText = b.ratingBefore() + " → " + b.ratingAfter() + " (" + BattleViews.signed(change) + ")";
        }
        return new PastBattleRow(
                b.endedAt() == null ? "" : WHEN.format(b.endedAt()),
                topicNameOrMixed(b.topic(), page),
                b.opponent(),
                b.opponentGhost(),
                b.score(),
                b.opponentScore(),
                outcome,
                outcomeText,
                b.forfeited(),
                ratingText);
    }

    private Response page(PageContext page, BattleStart start, Response.Status status) {
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(BattleTemplates.battle(page, start)
                        .setLocale(page.lang())
                        .render())
                .header("Cache-Control", "no-store")
                .build();
    }

    private static Response html(String body, Response.Status status) {
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(body)
                .build();
    }

    /** A nickname as the form sent it, or null when there is none to use (the page then asks). */
    private static String cleanNickname(String nickname) {
        String clean = nickname == null ? "" : nickname.strip();
        return clean.isEmpty() || clean.codePointCount(0, clean.length()) > PlayerPages.MAX_NICKNAME ? null : clean;
    }

    private static String battleIdOrNotFound(String id) {
        if (!BATTLE_ID.matcher(id).matches()) {
            throw new NotFoundException("no battle " + id);
        }
        return id;
    }

    private static String topicName(String topic, PageContext page) {
        if (MIXED.equals(topic)) {
            return Texts.in(page).battle_topic_mixed();
        }
        return Topic.byId(topic)
                .map(t -> BattleViews.name(t, page))
                .orElseThrow(() -> new NotFoundException("no topic " + topic));
    }

    private static String topicNameOrMixed(String topic, PageContext page) {
        return Topic.byId(topic)
                .map(t -> BattleViews.name(t, page))
                .orElseGet(() -> Texts.in(page).battle_topic_mixed());
    }

    private static BoardLink boardOrNotFound(String scope, PageContext page) {
        if (GLOBAL.equals(scope)) {
            return new BoardLink(GLOBAL, Texts.in(page).battle_board_global());
        }
        if (scope.startsWith("topic-")) {
            Topic topic = Topic.byId(scope.substring("topic-".length())).orElse(null);
            if (topic != null) {
                return new BoardLink(scope, BattleViews.name(topic, page));
            }
        }
        throw new NotFoundException("no ratings board " + scope);
    }
}
