package io.quizarena.web;

import static io.quizarena.web.JoinLinkSupport.announcedLink;
import static io.quizarena.web.JoinLinkSupport.asHost;
import static io.quizarena.web.JoinLinkSupport.lobby;
import static io.quizarena.web.JoinLinkSupport.lookedUpLink;
import static io.quizarena.web.JoinLinkSupport.openRoom;
import static io.quizarena.web.JoinLinkSupport.ownOrigin;
import static io.quizarena.web.JoinLinkSupport.scannedLink;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * Without {@code arena.room.public-url} the join link follows the address the host's request was sent to
 * (docs/adr/0016): the API's answers, the QR code, the lobby and the host socket agree, and the lobby warns when that
 * address is loopback. No proxy is trusted here, so forwarded headers change nothing.
 */
@QuarkusTest
class JoinLinkTest {

    static final String LAN = "192.168.1.20:9000";

    @Inject
    Vertx vertx;

    @Test
    void theLinkIsAtTheTestServersOwnAddress() throws Exception {
        JsonObject room = openRoom(asHost());
        String pin = room.getString("pin");
        String link = ownOrigin() + "/join?pin=" + pin;

        assertThat(room.getString("joinUrl")).isEqualTo(link);
        assertThat(lookedUpLink(given(), pin)).isEqualTo(link);
        assertThat(scannedLink(given(), pin)).isEqualTo(link);
        assertThat(lobby(asHost(), pin)).contains("data-test=\"join-url\">" + link + "<");
        assertThat(announcedLink(vertx, room)).isEqualTo(link);
    }

    @Test
    void aHostAtAnotherAddressGetsALinkAtThatAddress() throws Exception {
        JsonObject room = openRoom(asHost().header("Host", LAN));
        String pin = room.getString("pin");
        String link = "http://" + LAN + "/join?pin=" + pin;

        assertThat(room.getString("joinUrl")).isEqualTo(link);
        assertThat(lookedUpLink(given().header("Host", LAN), pin)).isEqualTo(link);
        assertThat(scannedLink(given().header("Host", LAN), pin)).isEqualTo(link);
        assertThat(lobby(asHost().header("Host", LAN), pin)).contains("data-test=\"join-url\">" + link + "<");
        // the socket was opened at another address than the room: it announces the room's
        assertThat(announcedLink(vertx, room)).isEqualTo(link);
    }

    @Test
    void aLookupAsksAtItsOwnAddress() {
        // a room another node opened, or took over, has its link at the address of whoever asks now
        JsonObject room = openRoom(asHost().header("Host", LAN));
        String pin = room.getString("pin");
        assertThat(lookedUpLink(given().header("Host", "quiz.lan"), pin)).isEqualTo("http://quiz.lan/join?pin=" + pin);
    }

    @Test
    void theLobbyWarnsOfALoopbackAddressOnly() {
        for (String loopback : new String[] {"localhost:8080", "127.0.0.1:8080", "127.1.2.3", "[::1]:8080"}) {
            assertThat(lobby(asHost().header("Host", loopback), "123456"))
                    .as(loopback)
                    .contains("data-test=\"join-loopback\"")
                    .contains("ARENA_ROOM_PUBLIC_URL");
        }
        // a name that only starts like a loopback one
        assertThat(lobby(asHost().header("Host", "localhost.example.org"), "123456"))
                .doesNotContain("data-test=\"join-loopback\"");
        assertThat(lobby(asHost().header("Host", LAN), "123456")).doesNotContain("data-test=\"join-loopback\"");
        assertThat(lobby(asHost().header("Host", LAN).header("Accept-Language", "zh"), "123456"))
                .doesNotContain("data-test=\"join-loopback\"");
        assertThat(lobby(asHost().header("Host", "localhost").header("Accept-Language", "zh"), "123456"))
                .contains("手机无法打开这个地址");
    }

    @Test
    void forwardedHeadersFromAnUntrustedPeerAreIgnored() {
        JsonObject room =
                openRoom(asHost().header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "evil.example"));
        assertThat(room.getString("joinUrl")).isEqualTo(ownOrigin() + "/join?pin=" + room.getString("pin"));
    }
}
