package io.quizarena.web;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** How pages refuse: to the sign-in page and back, or a page that says the role is missing. APIs keep 401/403. */
class PageMappers {

    @ServerExceptionMapper
    Response signIn(SignInRequired e) {
        return Response.seeOther(URI.create("/signin?next=" + e.page.here()))
                .header("Cache-Control", "no-store")
                .build();
    }

    @ServerExceptionMapper
    Response notFound(PageNotFound e) {
        return Response.status(Response.Status.NOT_FOUND)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Pages.notFound(e.page).setLocale(e.page.lang()).render())
                .build();
    }

    @ServerExceptionMapper
    Response hostRole(HostRoleRequired e) {
        return Response.status(Response.Status.FORBIDDEN)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Pages.forbidden(e.page).setLocale(e.page.lang()).render())
                .build();
    }
}
