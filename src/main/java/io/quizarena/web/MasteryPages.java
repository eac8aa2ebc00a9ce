package io.quizarena.web;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;

/**
 * The learner's mastery per topic (docs/adr/0024), for anyone: a guest's answers are known by the guest id the
 * browser keeps, which only the page's script holds, so the page renders a frame and its script reads
 * {@code GET /api/mastery} with that id.
 */
@Path("/mastery")
@Produces(MediaType.TEXT_HTML)
public class MasteryPages {

    private final SecurityIdentity identity;

    public MasteryPages(SecurityIdentity identity) {
        this.identity = identity;
    }

    @GET
    public TemplateInstance mastery(@Context HttpHeaders headers, @Context UriInfo uri) {
        PageContext page = PageContext.of(headers, uri, identity);
        return MasteryTemplates.mastery(page).setLocale(page.lang());
    }
}
