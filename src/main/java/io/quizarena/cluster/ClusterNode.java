package io.quizarena.cluster;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** This node among the others: the name it records on what it owns (rooms, battles), and where others reach it. */
@ApplicationScoped
public class ClusterNode {

    private static final Logger LOG = Logger.getLogger(ClusterNode.class);

    /** How a node is named, found and timed. */
    @ConfigMapping(prefix = "arena.cluster")
    public interface Config {

        /** This node's name; a random one per start when not set (a pod's name is a good choice). */
        Optional<String> nodeId();

        /**
         * Where other nodes reach this one to pass on a room's sockets (on Kubernetes: the pod's IP and port, from
         * the downward API). Default: 127.0.0.1 and this node's HTTP port.
         */
        Optional<String> advertisedUrl();

        /** How long a room's owner holds it without renewing; a node that hears of it after that takes it over. */
        @WithDefault("10s")
        Duration lease();

        /** How long a node that is shutting down waits for open questions to reveal before it hands rooms over. */
        @WithDefault("40s")
        Duration drain();

        /**
         * Whether this node takes on rooms whose owner stopped renewing their lease even before anyone asks for them
         * (so that their timers and saves go on). Off only in tests, where one application follows another.
         */
        @WithDefault("true")
        boolean adoptOrphans();

        /**
         * Whether rooms write snapshots at their phase boundaries: what lets another node carry a room on. Off only to
         * measure what they cost (load-tests/), or on a single node that accepts losing its rooms when it restarts.
         */
        @WithDefault("true")
        boolean snapshots();

        /**
         * The secret nodes sign relayed connections with, so the owner may trust the client address a relaying node
         * vouches for. The same on every node; without it, relayed connections count against the relaying node.
         */
        Optional<String> secret();
    }

    private final String id;
    private final String url;
    private final Config config;

    ClusterNode(Config config, @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080") int port) {
        this.config = config;
        this.id = config.nodeId()
                .orElseGet(() -> "node-" + UUID.randomUUID().toString().substring(0, 8));
        this.url = config.advertisedUrl().orElse("http://127.0.0.1:" + port).replaceAll("/+$", "");
        if (config.advertisedUrl().isEmpty() && port == 0) {
            LOG.warnf(
                    "node %s listens on a random port and has no arena.cluster.advertised-url: other nodes cannot"
                            + " pass sockets on to it; set the URL, or arena.cluster.adopt-orphans=false",
                    id);
        }
    }

    public String id() {
        return id;
    }

    /** This node's address for other nodes, without a trailing slash. */
    public String url() {
        return url;
    }

    public Config config() {
        return config;
    }
}
