package io.quizarena.socket;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The client's address as Quarkus resolved it: the peer's, or the one a trusted proxy forwarded (docs/adr/0013). A
 * socket's handshake gives it only as "host:port" text, which cannot be split for an IPv6 address (a forwarded one may
 * escape the limits that way), so every upgrade request is stamped with the bare host in a header of our own,
 * overwriting whatever a client sent in it.
 */
@ApplicationScoped
public class ClientAddresses {

    /** Set on every request to a socket path; never taken from the client. */
    static final String HEADER = "X-Arena-Client-Address";

    /** The host of an address as resolved (a forwarded address may have no IP form, only the text it came as). */
    public static String of(SocketAddress address) {
        if (address == null) {
            return null;
        }
        return address.hostAddress() != null ? address.hostAddress() : address.host();
    }

    void stamp(@Observes Filters filters) {
        filters.register(
                context -> {
                    HttpServerRequest request = context.request();
                    if (request.path().startsWith("/ws/")) {
                        String client = of(request.remoteAddress());
                        if (client == null) {
                            request.headers().remove(HEADER);
                        } else {
                            request.headers().set(HEADER, client);
                        }
                    }
                    context.next();
                },
                // before anything else reads the request
                Integer.MAX_VALUE - 10);
    }
}
