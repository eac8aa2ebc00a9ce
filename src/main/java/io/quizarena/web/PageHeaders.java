package io.quizarena.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The headers that tell a browser what our pages may do (docs/adr/0012): scripts, styles, fonts, images and sockets
 * from this site only, no inline scripts, no framing by another site, no type sniffing, no full URLs in Referer
 * headers sent elsewhere. On every response but Quarkus' own {@code /q/} tools (the dev UI needs inline scripts).
 */
@ApplicationScoped
public class PageHeaders {

    /**
     * Style attributes are allowed (KaTeX sets a few on the math it draws); style elements and every kind of inline
     * script are not.
     */
    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "style-src-attr 'unsafe-inline'",
            "img-src 'self'",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "frame-ancestors 'none'");

    /** Before everything else, so that refusals (401, 403, 404) carry them too. */
    private static final int PRIORITY = 1_000;

    void register(@Observes Filters filters) {
        filters.register(PageHeaders::add, PRIORITY);
    }

    private static void add(RoutingContext context) {
        if (!context.normalizedPath().startsWith("/q/")) {
            MultiMap headers = context.response().headers();
            headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            headers.set("X-Frame-Options", "DENY");
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Referrer-Policy", "same-origin");
        }
        context.next();
    }
}
