package io.quizarena.room;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready to take rooms: down from the moment a drain starts, so the load balancer sends new players elsewhere. */
@Readiness
@ApplicationScoped
class RoomsReadiness implements HealthCheck {

    private final RoomDrain drain;

    RoomsReadiness(RoomDrain drain) {
        this.drain = drain;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("rooms")
                .status(!drain.draining())
                .withData("rooms", drain.rooms())
                .build();
    }
}
