package io.quizarena.socket;

import io.smallrye.config.ConfigMapping;
import java.util.List;
import java.util.Optional;

/** Which web pages may open the sockets (docs/adr/0012). */
@ConfigMapping(prefix = "arena.socket")
public interface SocketOrigins {

    /**
     * Origins ({@code scheme://host[:port]}) whose pages may open the sockets besides {@code arena.room.public-url} and
     * the address the request itself was sent to: for example a second hostname the site is also served under.
     */
    Optional<List<String>> extraOrigins();
}
