package io.quizarena.packaged;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** The packaged application starts against the real services and says so: health, metrics, the API description. */
@QuarkusIntegrationTest
@TestProfile(LocalServices.class)
class HealthIT {

    @Test
    void readyWithTheDatabaseAndTheRoomsWhileKafkaShowsAsAWellnessCheck() {
        // readiness is "can serve rooms" (docs/adr/0014): the Kafka channels are not part of it
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "rooms"))
                .body(not(containsString("score-events")));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        // the consumer may still be joining its group just after start-up
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> given().get("/q/health/well")
                        .then()
                        .statusCode(200)
                        .body("checks.find { it.name == 'kafka' }.status", equalTo("UP"))
                        .body("checks.find { it.name == 'kafka' }.data.score-events", startsWith("connected"))
                        .body("checks.find { it.name == 'kafka' }.data.score-events-out", startsWith("connected")));
    }

    @Test
    void metricsAndTheApiDescription() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests_seconds"));
        given().accept("application/json")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .body("info.title", equalTo("Quiz Arena API"));
    }
}
