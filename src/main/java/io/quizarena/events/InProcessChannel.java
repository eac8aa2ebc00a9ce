package io.quizarena.events;

import io.quarkus.arc.profile.UnlessBuildProfile;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Outgoing;

/**
 * Dev and test builds only: hands the relay's messages ({@code score-events-out}) straight to the consumers of
 * {@code score-events}, in-process. In the it and prod builds this bean does not exist and both channels are the
 * Kafka topic quiz-arena.score-events instead (Reactive Messaging refuses one channel name for both directions). The
 * message itself passes through, so the consumer's acknowledgement reaches the relay.
 */
@ApplicationScoped
@UnlessBuildProfile(anyOf = {"it", "prod"})
public class InProcessChannel {

    @Incoming(OutboxRelay.CHANNEL)
    @Outgoing("score-events")
    public Message<String> handOver(Message<String> message) {
        return message;
    }
}
