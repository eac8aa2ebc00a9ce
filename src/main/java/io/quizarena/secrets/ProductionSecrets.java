package io.quizarena.secrets;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The prod build does not start without real secrets (docs/adr/0011): a missing variable already fails the
 * configuration (application.properties references each without a default); this refuses blank, short and placeholder
 * values, naming every setting at once. Dev, test and it keep their development values.
 */
@ApplicationScoped
@IfBuildProfile("prod")
class ProductionSecrets {

    private static final Logger LOG = Logger.getLogger(ProductionSecrets.class);

    private final Config config;
    private final boolean allowLocalServices;

    ProductionSecrets(
            Config config,
            @ConfigProperty(name = "arena.secrets.allow-local-services", defaultValue = "false")
                    boolean allowLocalServices) {
        this.config = config;
        this.allowLocalServices = allowLocalServices;
    }

    /** Before the other start-up observers, so that nothing runs with a public secret. */
    void check(@Observes @Priority(1) StartupEvent event) {
        List<String> problems = new SecretCheck(allowLocalServices)
                .problems(RequiredSecret.ALL, property -> config.getOptionalValue(property, String.class));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Refusing to start without real secrets:\n  - "
                    + String.join("\n  - ", problems)
                    + "\nSet each to a long random value (for example: openssl rand -base64 36).");
        }
        if (allowLocalServices) {
            LOG.warn("arena.secrets.allow-local-services is on: development credentials are accepted for services on"
                    + " this machine; never set it in a deployment");
        }
    }
}
