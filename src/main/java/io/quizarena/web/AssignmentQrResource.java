package io.quizarena.web;

import io.quizarena.bank.Violation;
import io.quizarena.problem.InvalidInputException;
import io.quizarena.room.JoinLinks;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An assignment's QR code, for the share page to project: {@code <origin>/train/<id>}, the origin found as for the
 * lobby's join link (the public URL when set, else this request's own, a trusted proxy's forwarded headers included).
 * It encodes only the link, so anyone may fetch it, and it does not check that the assignment exists: GET
 * /api/assignments/{id} says that.
 */
@Path("/assignments/{id}/qr.svg")
@Tag(name = "Assignments")
public class AssignmentQrResource {

    private final JoinLinks links;

    public AssignmentQrResource(JoinLinks links) {
        this.links = links;
    }

    @GET
    @Produces(JoinQrResource.SVG)
    @Operation(summary = "QR code (SVG) of an assignment's link")
    public Response svg(@PathParam("id") String id, @Context HttpServerRequest request) {
        if (!AssignmentPages.ID.matcher(id).matches()) {
            throw new InvalidInputException(
                    "not an assignment id", List.of(new Violation("/id", "letters, digits, - and _, up to 64")));
        }
        return Response.ok(JoinQr.svg(trainUrl(links.origin(request), id)), JoinQrResource.SVG)
                // private: the image depends on the address it was asked at, which a shared cache may not key on
                .header("Cache-Control", "private, max-age=3600")
                .build();
    }

    /** The link a learner opens, as the API's {@code link}. */
    static String trainUrl(String origin, String id) {
        return (origin == null ? "" : origin) + "/train/" + id;
    }
}
