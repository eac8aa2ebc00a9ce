package io.quizarena.cluster;

import io.smallrye.config.ConfigMapping;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** This node among the others: the name it records on what it owns (battles, and rooms later). */
@ApplicationScoped
public class ClusterNode {

    /** How a node is named. */
    @ConfigMapping(prefix = "arena.cluster")
    public interface Config {

        /** This node's name; a random one per start when not set (a pod's name is a good choice). */
        Optional<String> nodeId();
    }

    private final String id;

    ClusterNode(Config config) {
        this.id = config.nodeId()
                .orElseGet(() -> "node-" + UUID.randomUUID().toString().substring(0, 8));
    }

    public String id() {
        return id;
    }
}
