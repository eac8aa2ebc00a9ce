package io.quizarena.web;

import static io.quizarena.web.JoinLinkSupport.announcedLink;
import static io.quizarena.web.JoinLinkSupport.asHost;
import static io.quizarena.web.JoinLinkSupport.lobby;
import static io.quizarena.web.JoinLinkSupport.lookedUpLink;
import static io.quizarena.web.JoinLinkSupport.openRoom;
import static io.quizarena.web.JoinLinkSupport.scannedLink;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A configured {@code arena.room.public-url} is the join link's base whatever address a request used. */
@QuarkusTest
@TestProfile(ConfiguredJoinLinkTest.PublicUrl.class)
class ConfiguredJoinLinkTest {

    public static class PublicUrl implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // the trailing slash is dropped, not doubled in the link
            return Map.of("arena.room.public-url", "https://quiz.example.org/");
        }
    }

    @Inject
    Vertx vertx;

    @Test
    void theConfiguredPublicUrlWins() throws Exception {
        JsonObject room = openRoom(asHost().header("Host", "192.168.1.20:9000"));
        String pin = room.getString("pin");
        String link = "https://quiz.example.org/join?pin=" + pin;

        assertThat(room.getString("joinUrl")).isEqualTo(link);
        assertThat(lookedUpLink(given(), pin)).isEqualTo(link);
        assertThat(scannedLink(given().header("Host", "127.0.0.1:8080"), pin)).isEqualTo(link);
        assertThat(announcedLink(vertx, room)).isEqualTo(link);
        String lobby = lobby(asHost().header("Host", "localhost"), pin);
        assertThat(lobby).contains("data-test=\"join-url\">" + link + "<");
        assertThat(lobby).doesNotContain("data-test=\"join-loopback\"");
    }
}
