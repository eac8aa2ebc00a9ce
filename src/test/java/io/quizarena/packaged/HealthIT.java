package io.quizarena.packaged;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

/** The packaged application starts against the real services and says so: health, metrics, the API description. */
@QuarkusIntegrationTest
@TestProfile(LocalServices.class)
class HealthIT {

    @Test
    void readyWithTheDatabaseAndTheKafkaChannels() {
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body(
                        "checks.name",
                        hasItems("Database connections health check", "SmallRye Reactive Messaging - readiness check"))
                .body(containsString("score-events"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
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
