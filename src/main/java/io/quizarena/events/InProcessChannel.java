package io.quizarena.events;

import io.quarkus.arc.profile.UnlessBuildProfile;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Outgoing;
import org.jboss.logging.Logger;

/**
 * Dev and test builds only: hands the relay's messages ({@code score-events-out}) straight to the consumers of
 * {@code score-events}, in-process. In the it and prod builds this bean does not exist and both channels are the
 * Kafka topic quiz-arena.score-events instead (Reactive Messaging refuses one channel name for both directions). The
 * message itself passes through, so the consumer's acknowledgement reaches the relay; a refusal (an event the consumer
 * cannot read) is logged here, where Kafka would keep it on the dead-letter topic.
 */
@ApplicationScoped
@UnlessBuildProfile(anyOf = {"it", "prod"})
public class InProcessChannel {

    private static final Logger LOG = Logger.getLogger(InProcessChannel.class);

    @Incoming(OutboxRelay.CHANNEL)
    @Outgoing("score-events")
    public Message<String> handOver(Message<String> message) {
        // no dead-letter topic in-process: a refused event is logged whole and then acknowledged, so that the relay
        // marks it sent instead of offering it again and again
        return message.withNack(reason -> {
            LOG.errorf(
                    "dead letter (in-process, no topic): %s; the event: %s",
                    reason.getMessage(), abbreviated(message.getPayload()));
            return message.ack();
        });
    }

    private static String abbreviated(String payload) {
        return payload == null || payload.length() <= 2000 ? payload : payload.substring(0, 2000) + "...";
    }
}
