package io.quizarena.room;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The address players are sent to (docs/adr/0016): {@code arena.room.public-url} when it is set, else the origin the
 * host's own request was sent to (scheme, host and port as the server saw them: a trusted proxy's
 * {@code X-Forwarded-Proto} and {@code -Host} included). The host's browser reached that address, so a phone on the
 * same network can too, unless it is loopback, which the lobby then says.
 */
@ApplicationScoped
public class JoinLinks {

    private static final Pattern IPV4_LOOPBACK = Pattern.compile("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");

    private final Optional<String> configured;

    JoinLinks(RoomConfig config) {
        this.configured = config.publicUrl().map(JoinLinks::checkedPublicUrl);
    }

    /** The base of the join link for a request: the configured public URL, or the request's own origin. */
    public String origin(HttpServerRequest request) {
        return configured.orElseGet(() -> requestOrigin(request));
    }

    /** The configured public URL, normalised; empty when the link follows each request. */
    public Optional<String> configured() {
        return configured;
    }

    /** The link a player opens; a room whose origin is unknown (an old record) gets a link relative to the reader. */
    public static String joinUrl(String origin, String pin) {
        return (origin == null ? "" : origin) + "/join?pin=" + pin;
    }

    /** Whether a link's host is this machine only ({@code localhost}, {@code 127.x.x.x}, {@code ::1}). */
    public static boolean loopback(String link) {
        String host;
        try {
            host = new URI(link).getHost();
        } catch (URISyntaxException e) {
            return false;
        }
        if (host == null) {
            return false;
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.equals("localhost")
                || host.endsWith(".localhost")
                || IPV4_LOOPBACK.matcher(host).matches()) {
            return true;
        }
        if (host.startsWith("[")) {
            try {
                // an IPv6 literal: parsed, never looked up
                return InetAddress.getByName(host.substring(1, host.length() - 1))
                        .isLoopbackAddress();
            } catch (UnknownHostException e) {
                return false;
            }
        }
        return false;
    }

    static String requestOrigin(HttpServerRequest request) {
        String scheme = "https".equalsIgnoreCase(request.scheme()) ? "https" : "http";
        HostAndPort authority = request.authority();
        if (authority == null || authority.host() == null || authority.host().isBlank()) {
            // HTTP/1.0 without Host: the address the connection came in on
            authority = HostAndPort.create(
                    request.localAddress().hostAddress(), request.localAddress().port());
        }
        String host = authority.host().toLowerCase(Locale.ROOT);
        if (host.indexOf(':') >= 0 && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        int port = authority.port();
        boolean defaultPort = port < 0 || port == ("https".equals(scheme) ? 443 : 80);
        return scheme + "://" + host + (defaultPort ? "" : ":" + port);
    }

    private static String checkedPublicUrl(String value) {
        String url = value.strip();
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (uri.getHost() != null && (scheme.equals("http") || scheme.equals("https"))) {
                return url;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new IllegalArgumentException("arena.room.public-url must be an absolute http(s) URL, not " + value);
    }
}
