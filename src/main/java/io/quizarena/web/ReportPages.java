package io.quizarena.web;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.identity.SecurityIdentity;
import io.quizarena.identity.Caller;
import io.quizarena.problem.NotAllowedException;
import io.quizarena.training.report.ReportAccess;
import io.quizarena.training.report.TrainingReport;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.function.Function;

/**
 * The trainer's report pages of an assignment and of a saved live game (docs/adr/0025): the host role as on the other
 * host pages; its owner or an admin reads it, another host gets a 403 page that says whose it is to read.
 */
@Path("/reports")
@Produces(MediaType.TEXT_HTML)
public class ReportPages {

    private final SecurityIdentity identity;
    private final ReportAccess reports;

    public ReportPages(SecurityIdentity identity, ReportAccess reports) {
        this.identity = identity;
        this.reports = reports;
    }

    @GET
    @Path("assignments/{id}")
    public Response assignment(@PathParam("id") String id, @Context HttpHeaders headers, @Context UriInfo uri) {
        return page(headers, uri, "/api/assignments/" + id + "/report", c -> reports.assignment(id, c));
    }

    @GET
    @Path("games/{id}")
    public Response game(@PathParam("id") String id, @Context HttpHeaders headers, @Context UriInfo uri) {
        return page(headers, uri, "/api/games/" + id + "/report", c -> reports.game(id, c));
    }

    private Response page(HttpHeaders headers, UriInfo uri, String base, Function<Caller, TrainingReport> lookup) {
        PageContext page = HostPages.requireHost(PageContext.of(headers, uri, identity));
        ReportMessages texts = page.zh()
                ? MessageBundles.get(ReportMessages.class, Localized.Literal.of(PageLanguage.ZH))
                : MessageBundles.get(ReportMessages.class);
        try {
            TrainingReport report = PageNotFound.orNotFound(page, () -> lookup.apply(Caller.of(identity)));
            return html(Response.Status.OK, page, ReportView.of(report, base, page, texts));
        } catch (NotAllowedException e) {
            return html(Response.Status.FORBIDDEN, page, null);
        }
    }

    private static Response html(Response.Status status, PageContext page, ReportView view) {
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(ReportTemplates.report(page, view)
                        .setLocale(page.lang())
                        .render())
                .build();
    }
}
