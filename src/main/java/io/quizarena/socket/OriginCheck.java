package io.quizarena.socket;

import io.quarkus.websockets.next.HttpUpgradeCheck;
import io.quizarena.room.RoomConfig;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Refuses (403) a WebSocket upgrade that a page of another site opened. A browser sends the cookies of this site with
 * any page's socket, so without this a page elsewhere (or on a sibling subdomain) could play, host or search as the
 * reader. Allowed: the public URL's origin (when set), the configured extra origins, and the request's own origin (the Origin's
 * host and port are the ones the request was sent to). No Origin at all is allowed: browsers always send one, so a
 * request without it comes from a program (a load test, a script, another node relaying a socket), which holds its
 * own credentials and cannot borrow a reader's cookies. Applies to every endpoint.
 */
@ApplicationScoped
public class OriginCheck implements HttpUpgradeCheck {

    private static final Logger LOG = Logger.getLogger(OriginCheck.class);

    private final Set<String> allowed = new HashSet<>();

    OriginCheck(RoomConfig room, SocketOrigins origins) {
        // unset, players use the host page's own address, which the same-origin rule below already allows
        room.publicUrl().ifPresent(url -> allowed.add(required(url, "arena.room.public-url")));
        origins.extraOrigins()
                .orElse(java.util.List.of())
                .forEach(origin -> allowed.add(required(origin, "arena.socket.extra-origins")));
    }

    @Override
    public Uni<CheckResult> perform(HttpUpgradeContext context) {
        HttpServerRequest request = context.httpRequest();
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (allows(origin, request)) {
            return CheckResult.permitUpgrade();
        }
        LOG.debugf("refused a socket to %s opened from %s", request.path(), origin);
        return CheckResult.rejectUpgrade(403);
    }

    private boolean allows(String origin, HttpServerRequest request) {
        if (origin == null) {
            return true;
        }
        Origin parsed = Origin.parse(origin);
        if (parsed == null) {
            return false; // "null" (a sandboxed frame, a file) or garbage
        }
        return allowed.contains(parsed.toString()) || parsed.sameHostAndPort(request);
    }

    private static String required(String value, String setting) {
        Origin parsed = Origin.parse(value);
        if (parsed == null) {
            throw new IllegalArgumentException(setting + " must be an absolute http(s) URL, not " + value);
        }
        return parsed.toString();
    }

    /** scheme://host:port, lower case, with the scheme's default port written out. */
    record Origin(String scheme, String host, int port) {

        static Origin parse(String text) {
            try {
                URI uri = new URI(text.strip());
                String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
                if (uri.getHost() == null || !("http".equals(scheme) || "https".equals(scheme))) {
                    return null;
                }
                int port = uri.getPort() >= 0 ? uri.getPort() : defaultPort(scheme);
                return new Origin(scheme, uri.getHost().toLowerCase(Locale.ROOT), port);
            } catch (URISyntaxException e) {
                return null;
            }
        }

        /** Whether the request was sent to this origin's host and port (as the server saw it: its Host). */
        boolean sameHostAndPort(HttpServerRequest request) {
            HostAndPort authority = request.authority();
            if (authority == null) {
                return false;
            }
            int requestPort = authority.port() >= 0 ? authority.port() : defaultPort(scheme);
            return host.equals(bracketed(authority.host()).toLowerCase(Locale.ROOT)) && port == requestPort;
        }

        private static String bracketed(String host) {
            // URI keeps an IPv6 literal in brackets; the request's authority may not
            return host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host;
        }

        private static int defaultPort(String scheme) {
            return "https".equals(scheme) ? 443 : 80;
        }

        @Override
        public String toString() {
            return scheme + "://" + host + ":" + port;
        }
    }
}
