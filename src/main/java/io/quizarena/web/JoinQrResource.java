package io.quizarena.web;

import io.quizarena.bank.Violation;
import io.quizarena.problem.InvalidInputException;
import io.quizarena.room.JoinLinks;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The lobby's QR code. It encodes only the join link of a PIN, so anyone may fetch it; it does not say whether a room
 * is open (GET /api/rooms/{pin} does, rate-limited). The link is at the public URL when set, else at the origin this
 * request was sent to: the lobby page's own, as the image is fetched from there.
 */
@Path("/join/qr.svg")
@Tag(name = "Rooms")
public class JoinQrResource {

    static final String SVG = "image/svg+xml";

    private final JoinLinks links;

    public JoinQrResource(JoinLinks links) {
        this.links = links;
    }

    @GET
    @Produces(SVG)
    @Operation(summary = "QR code (SVG) of the join link for a PIN")
    public Response svg(@QueryParam("pin") String pin, @Context HttpServerRequest request) {
        if (pin == null || !pin.matches(PlayerPages.PIN)) {
            throw new InvalidInputException(
                    "a PIN has six digits", List.of(new Violation("/pin", "six digits, for example 482913")));
        }
        return Response.ok(JoinQr.svg(JoinLinks.joinUrl(links.origin(request), pin)), SVG)
                // private: the image depends on the address it was asked at, which a shared cache may not key on
                .header("Cache-Control", "private, max-age=3600")
                .build();
    }
}
