package io.quizarena.web;

import io.quarkus.security.identity.SecurityIdentity;
import io.quizarena.problem.NotFoundException;
import io.quizarena.web.TrainTemplates.TrainStart;
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
import java.util.List;
import java.util.regex.Pattern;

/**
 * The player's self-paced pages (issue 13): an assignment, practice, the mistakes review and a live game's review.
 * Anyone may open them: each renders a shell, and its script (js/train.js) calls the training API as the signed-in
 * user or the browser's guest, so these pages read nothing from the database themselves.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class TrainingPages {

    static final String MIXED = "mixed";

    /** Assignment and game ids are opaque to the pages; anything else cannot name one, so it is a 404 at once. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private final SecurityIdentity identity;

    public TrainingPages(SecurityIdentity identity) {
        this.identity = identity;
    }

    @GET
    @Path("train/{assignmentId}")
    public Response assignment(
            @PathParam("assignmentId") String id, @Context HttpHeaders headers, @Context UriInfo uri) {
        PageContext page = PageContext.of(headers, uri, identity);
        return render(page, new TrainStart("assignment", idOrNotFound(page, id), null));
    }

    /** @param topic preselected in the chooser; an unknown one falls back to mixed (the API refuses it anyway) */
    @GET
    @Path("practice")
    public Response practice(@QueryParam("topic") String topic, @Context HttpHeaders headers, @Context UriInfo uri) {
        PageContext page = PageContext.of(headers, uri, identity);
        List<Pages.TopicOption> topics = QuizPages.topics(page);
        String chosen = topics.stream()
                .map(Pages.TopicOption::id)
                .filter(t -> t.equals(topic))
                .findFirst()
                .orElse(MIXED);
        return render(page, new TrainStart("practice", null, chosen), topics);
    }

    @GET
    @Path("review")
    public Response review(@Context HttpHeaders headers, @Context UriInfo uri) {
        PageContext page = PageContext.of(headers, uri, identity);
        return render(page, new TrainStart("review", null, null));
    }

    @GET
    @Path("games/{gameId}/review")
    public Response gameReview(@PathParam("gameId") String id, @Context HttpHeaders headers, @Context UriInfo uri) {
        PageContext page = PageContext.of(headers, uri, identity);
        return render(page, new TrainStart("game", idOrNotFound(page, id), null));
    }

    private static String idOrNotFound(PageContext page, String id) {
        return PageNotFound.orNotFound(page, () -> {
            if (id == null || !ID.matcher(id).matches()) {
                throw new NotFoundException("not an id: " + id);
            }
            return id;
        });
    }

    private static Response render(PageContext page, TrainStart start) {
        return render(page, start, List.of());
    }

    private static Response render(PageContext page, TrainStart start, List<Pages.TopicOption> topics) {
        return Response.ok(TrainTemplates.train(page, start, topics)
                        .setLocale(page.lang())
                        .render())
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                // the page's state lives in the browser and the API; a cached copy would only be stale
                .header("Cache-Control", "no-store")
                .build();
    }
}
