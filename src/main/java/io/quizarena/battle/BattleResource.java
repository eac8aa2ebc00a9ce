package io.quizarena.battle;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.quarkus.security.identity.SecurityIdentity;
import io.quizarena.game.ProtocolException;
import io.quizarena.problem.ConflictException;
import io.quizarena.problem.InvalidInputException;
import io.quizarena.problem.NotFoundException;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/battles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Battles")
@PermitAll
public class BattleResource {

    /** Opening a challenge: a topic (or mixed), and who opens it (a guest sends the guest id their browser keeps). */
    public record OpenChallenge(String topic, String nickname, String guestId) {}

    /** What the challenger gets: the battle, the code and link to send, and the guest id to keep (when issued). */
    @RegisterForReflection // the entity of a 201 Response
    public record Challenge(String battleId, String code, String link, Instant expiresAt, String guestId) {}

    /** A challenge code's battle, for the friend who types it. */
    public record ChallengeLookup(String battleId, String status) {}

    private final BattleService battles;
    private final BattleStore store;
    private final BattleRatings ratings;
    private final BattleIdentity identities;
    private final SecurityIdentity identity;

    public BattleResource(
            BattleService battles,
            BattleStore store,
            BattleRatings ratings,
            BattleIdentity identities,
            SecurityIdentity identity) {
        this.battles = battles;
        this.store = store;
        this.ratings = ratings;
        this.identities = identities;
        this.identity = identity;
    }

    @POST
    @Path("/challenges")
    @Operation(summary = "Open a challenge: a battle that starts when a friend joins with its code or link")
    public Response challenge(OpenChallenge request) {
        if (request == null) {
            throw new InvalidInputException(
                    "a JSON body is required", List.of(new io.quizarena.bank.Violation("/", "missing body")));
        }
        BattleIdentity.Player player;
        try {
            player = identities.of(identity, request.guestId(), request.nickname());
        } catch (ProtocolException e) {
            throw new InvalidInputException(
                    e.getMessage(), List.of(new io.quizarena.bank.Violation("/nickname", e.code)));
        }
        Battle battle = battles.challenge(player.playerKey(), player.nickname(), request.topic());
        BattleStore.Stored stored = store.byId(battle.id);
        return Response.created(URI.create("/api/battles/challenges/" + battle.code))
                .entity(new Challenge(
                        battle.id,
                        battle.code,
                        "/battle/c/" + battle.code,
                        stored.expiresAt(),
                        player.issued() ? player.guestId() : null))
                .build();
    }

    @GET
    @Path("/challenges/{code}")
    @Operation(summary = "The battle behind a challenge code, while it waits for its second player")
    public ChallengeLookup challenge(@PathParam("code") String code) {
        BattleStore.Stored stored = code == null || !code.matches("\\d{6}") ? null : store.byCode(code);
        if (stored == null || (stored.expiresAt() != null && stored.expiresAt().isBefore(Instant.now()))) {
            throw new NotFoundException("no open challenge with code " + code + " (it may have expired)");
        }
        if (!"WAITING".equals(stored.status())) {
            throw new ConflictException("this challenge has started or ended already");
        }
        return new ChallengeLookup(stored.id(), stored.status());
    }

    @GET
    @Path("/ratings/{scope}")
    @Operation(summary = "A ratings board: global or topic-<id>; provisional players are listed apart, unranked")
    public BattleRatings.Board board(
            @PathParam("scope") String scope, @QueryParam("limit") @DefaultValue("50") int limit) {
        if (!scope.equals("global")
                && !(scope.startsWith("topic-")
                        && io.quizarena.bank.Topic.byId(scope.substring(6)).isPresent())) {
            throw new NotFoundException("no ratings board " + scope + "; try global or topic-moe");
        }
        return ratings.board(scope, Math.max(1, Math.min(limit, 200)));
    }

    @GET
    @Path("/players/{playerKey}/battles")
    @Operation(summary = "A player's battles, newest first: opponent, scores, rating before and after")
    public List<BattleRatings.PastBattle> history(
            @PathParam("playerKey") String playerKey, @QueryParam("limit") @DefaultValue("30") int limit) {
        return ratings.history(playerKey, Math.max(1, Math.min(limit, 100)));
    }
}
