package io.quizarena.web;

import io.quizarena.bank.Violation;
import io.quizarena.problem.InvalidInputException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The lobby's QR code. It encodes only the public join link and a PIN, so anyone may fetch it; it does not say
 * whether a room is open (GET /api/rooms/{pin} does, rate-limited).
 */
@Path("/join/qr.svg")
@Tag(name = "Rooms")
public class JoinQrResource {

    static final String SVG = "image/svg+xml";

    private final JoinQr qr;

    public JoinQrResource(JoinQr qr) {
        this.qr = qr;
    }

    @GET
    @Produces(SVG)
    @Operation(summary = "QR code (SVG) of the join link for a PIN")
    public Response svg(@QueryParam("pin") String pin) {
        if (pin == null || !pin.matches(PlayerPages.PIN)) {
            throw new InvalidInputException(
                    "a PIN has six digits", List.of(new Violation("/pin", "six digits, for example 482913")));
        }
        return Response.ok(qr.svg(pin), SVG)
                .header("Cache-Control", "public, max-age=3600")
                .build();
    }
}
