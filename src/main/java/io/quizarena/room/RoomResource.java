package io.quizarena.room;

import io.quarkus.security.identity.SecurityIdentity;
import io.quizarena.identity.Caller;
import io.quizarena.identity.Roles;
import io.quizarena.problem.InvalidInputException;
import io.quizarena.room.HostRooms.HostedRoom;
import io.quizarena.room.HostRooms.ScreenPass;
import io.quizarena.room.RoomService.CreatedRoom;
import io.quizarena.room.RoomService.RoomSummary;
import io.quizarena.socket.ClientAddresses;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/rooms")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Rooms")
public class RoomResource {

    /** Opening a room: which quiz, and the host's choices. */
    public record OpenRoom(String quizId, RoomSettings settings) {}

    private final RoomService rooms;
    private final SecurityIdentity identity;
    private final JoinLinks links;
    private final HostRooms hostRooms;

    public RoomResource(RoomService rooms, SecurityIdentity identity, JoinLinks links, HostRooms hostRooms) {
        this.rooms = rooms;
        this.identity = identity;
        this.links = links;
        this.hostRooms = hostRooms;
    }

    @POST
    @RolesAllowed({Roles.HOST, Roles.ADMIN})
    @Operation(
            summary = "Open a live room for a quiz; returns the PIN, the host token and the join link",
            description = "joinUrl is at arena.room.public-url when that is set, else at the origin this request was"
                    + " sent to (a trusted proxy's X-Forwarded-Proto and -Host included)")
    public Response open(OpenRoom request, @Context HttpServerRequest http) {
        if (request == null) {
            throw new InvalidInputException(
                    "a JSON body is required", List.of(new io.quizarena.bank.Violation("/", "missing body")));
        }
        CreatedRoom created =
                rooms.create(request.quizId(), request.settings(), Caller.of(identity), links.origin(http));
        return Response.created(URI.create("/api/rooms/" + created.pin()))
                .entity(created)
                .build();
    }

    @GET
    @Path("/{pin}")
    @PermitAll
    @Operation(
            summary = "Whether a room is open for joining (rate-limited per address)",
            description = "joinUrl is at arena.room.public-url when that is set, else at this request's origin")
    public RoomSummary lookup(@PathParam("pin") String pin, @Context HttpServerRequest request) {
        // with a trusted proxy in front, Quarkus has put the forwarded client address (and origin) here
        return rooms.lookup(pin, ClientAddresses.of(request.remoteAddress()), links.origin(request));
    }

    @GET
    @Path("/mine")
    @RolesAllowed({Roles.HOST, Roles.ADMIN})
    @Operation(
            summary = "The caller's open rooms, on any server, newest first",
            description = "Each with its big screen's and its phone remote's page (docs/adr/0019)")
    public List<HostedRoom> mine() {
        return hostRooms.mine(Caller.of(identity));
    }

    @POST
    @Path("/{pin}/screen")
    @RolesAllowed({Roles.HOST, Roles.ADMIN})
    @Operation(
            summary = "A screen pass: the room's owner takes the host seat on another device",
            description = "Send it as hostToken in hello, with view screen or remote. Only the account that opened the"
                    + " room gets one (403 for any other, admins included); 404 for a room that is not open")
    public ScreenPass screen(@PathParam("pin") String pin) {
        return hostRooms.screenPass(pin, Caller.of(identity));
    }
}
