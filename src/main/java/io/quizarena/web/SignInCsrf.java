package io.quizarena.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The CSRF check of the local sign-in form (docs/adr/0012). Quarkus' form sign-in reads its post itself, before any
 * REST filter, so quarkus-rest-csrf does not see it; this handler runs before authentication and wants the token that
 * quarkus-rest-csrf put in its cookie, sent back in the post's query (the form's action carries it, so the page
 * works without JavaScript) or in the token header. The body stays unread: the form sign-in reads it.
 */
@ApplicationScoped
public class SignInCsrf {

    static final String REFUSAL = "{\"type\":\"urn:quiz-arena:problem:csrf\",\"title\":\"Forbidden\",\"status\":403,"
            + "\"detail\":\"the sign-in form's CSRF token is missing or wrong; open the sign-in page again\"}";

    private final String postLocation;
    private final String cookieName;
    private final String fieldName;
    private final String headerName;

    SignInCsrf(
            @ConfigProperty(name = "quarkus.http.auth.form.post-location", defaultValue = "/j_security_check")
                    String postLocation,
            @ConfigProperty(name = "quarkus.rest-csrf.cookie-name", defaultValue = "csrf-token") String cookieName,
            @ConfigProperty(name = "quarkus.rest-csrf.form-field-name", defaultValue = "csrf-token") String fieldName,
            @ConfigProperty(name = "quarkus.rest-csrf.token-header-name", defaultValue = "X-CSRF-TOKEN")
                    String headerName) {
        this.postLocation = postLocation.startsWith("/") ? postLocation : "/" + postLocation;
        this.cookieName = cookieName;
        this.fieldName = fieldName;
        this.headerName = headerName;
    }

    void register(@Observes Filters filters) {
        // before the form sign-in reads the post
        filters.register(this::check, SecurityHandlerPriorities.AUTHENTICATION + 50);
    }

    private void check(RoutingContext context) {
        if (context.request().method() != HttpMethod.POST
                || !context.normalizedPath().equals(postLocation)) {
            context.next();
            return;
        }
        Cookie cookie = context.request().getCookie(cookieName);
        String sent = context.request().getHeader(headerName);
        if (sent == null) {
            sent = context.queryParams().get(fieldName);
        }
        if (cookie != null && matches(cookie.getValue(), sent)) {
            context.next();
        } else {
            context.response()
                    .setStatusCode(403)
                    .putHeader("Content-Type", "application/problem+json")
                    .end(REFUSAL);
        }
    }

    private static boolean matches(String expected, String sent) {
        return sent != null
                && !expected.isEmpty()
                && MessageDigest.isEqual(
                        expected.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }
}
