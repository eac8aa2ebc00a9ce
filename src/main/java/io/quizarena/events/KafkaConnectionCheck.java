package io.quizarena.events;

import io.smallrye.reactive.messaging.health.HealthReport;
import io.smallrye.reactive.messaging.health.HealthReporter;
import io.smallrye.reactive.messaging.kafka.KafkaConnector;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.reactive.messaging.spi.Connector;

/**
 * Whether the Kafka channels are connected to the broker, as a wellness check ({@code /q/health/well}, and part of
 * {@code /q/health}). Kafka is kept out of readiness and start-up (docs/adr/0014): a node serves rooms without the
 * broker, because the outbox keeps every score event until it is back. This check keeps the outage visible. It asks
 * the connector itself, which still reports per channel although the readiness check leaves the channels out.
 */
@io.smallrye.health.api.Wellness
@ApplicationScoped
class KafkaConnectionCheck implements HealthCheck {

    static final String NAME = "kafka";

    private final Instance<HealthReporter> kafka;

    KafkaConnectionCheck(@Connector(KafkaConnector.CONNECTOR_NAME) Instance<HealthReporter> kafka) {
        this.kafka = kafka;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).up();
        HealthReport report = kafka.isResolvable() ? kafka.get().getReadiness() : HealthReport.OK_INSTANCE;
        if (report.getChannels().isEmpty()) {
            // dev and test builds: the score events go from the outbox to the leaderboard in-process
            return response.withData("channels", "none (score events stay in-process)")
                    .build();
        }
        for (HealthReport.ChannelInfo channel : report.getChannels()) {
            String state = channel.isOk() ? "connected" : "not connected";
            String detail = channel.getMessage();
            response.withData(channel.getChannel(), detail == null ? state : state + ": " + detail);
        }
        return response.status(report.isOk()).build();
    }
}
