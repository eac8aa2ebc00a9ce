package io.quizarena.web;

import static io.quizarena.web.JoinLinkSupport.asHost;
import static io.quizarena.web.JoinLinkSupport.lobby;
import static io.quizarena.web.JoinLinkSupport.lookedUpLink;
import static io.quizarena.web.JoinLinkSupport.openRoom;
import static io.quizarena.web.JoinLinkSupport.ownOrigin;
import static io.quizarena.web.JoinLinkSupport.scannedLink;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.specification.RequestSpecification;
import io.vertx.core.json.JsonObject;
import java.net.InetAddress;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Behind a trusted proxy (here the test client's own address, 127.0.0.1) the join link is at the address the proxy
 * forwards (X-Forwarded-Proto and -Host); from any other peer (127.0.0.66) those headers are ignored (docs/adr/0016).
 */
@QuarkusTest
@TestProfile(JoinLinkBehindProxyTest.TrustedProxy.class)
class JoinLinkBehindProxyTest {

    public static class TrustedProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.proxy.trusted-proxies", "127.0.0.1");
        }
    }

    static final String PUBLIC = "https://quiz.school.example";

    @Test
    void aTrustedProxysForwardedOriginIsTheLinksBase() throws Exception {
        JsonObject room = openRoom(forwarded(asHost()));
        String pin = room.getString("pin");
        String link = PUBLIC + "/join?pin=" + pin;

        assertThat(room.getString("joinUrl")).isEqualTo(link);
        assertThat(lookedUpLink(forwarded(given()), pin)).isEqualTo(link);
        assertThat(scannedLink(forwarded(given()), pin)).isEqualTo(link);
        String lobby = lobby(forwarded(asHost()), pin);
        assertThat(lobby).contains("data-test=\"join-url\">" + link + "<");
        assertThat(lobby).doesNotContain("data-test=\"join-loopback\"");
    }

    @Test
    void anUntrustedPeersForwardedOriginIsIgnored() throws Exception {
        RequestSpecification untrusted = forwarded(asHost()).config(fromAddress("127.0.0.66"));
        JsonObject room = openRoom(untrusted);
        String pin = room.getString("pin");
        assertThat(room.getString("joinUrl")).isEqualTo(ownOrigin() + "/join?pin=" + pin);
        assertThat(lobby(forwarded(asHost()).config(fromAddress("127.0.0.66")), pin))
                .contains("data-test=\"join-loopback\"");
    }

    private static RequestSpecification forwarded(RequestSpecification request) {
        return request.header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "quiz.school.example");
    }

    /** Requests sent from another local address than 127.0.0.1, so they do not come from the trusted proxy. */
    private static RestAssuredConfig fromAddress(String address) throws Exception {
        return RestAssuredConfig.config()
                .httpClient(HttpClientConfig.httpClientConfig()
                        .setParam("http.route.local-address", InetAddress.getByName(address)));
    }
}
