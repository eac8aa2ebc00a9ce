package io.quizarena.room;

import static io.quizarena.room.JoinLimitsProfile.NODE_BURST;
import static io.quizarena.room.JoinLimitsProfile.PER_ADDRESS;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quizarena.game.CloseCodes;
import io.restassured.RestAssured;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Join limits (docs/adr/0013): a class behind one address fills its room, a PIN scan is refused with 4429, a trusted
 * proxy's forwarded address is the one counted and an untrusted peer's is ignored, and the limiter's memory is bounded
 * and expires on the rooms' (virtual) clock.
 */
@QuarkusTest
@TestProfile(JoinLimitsProfile.class)
class JoinLimitsTest extends RoomTestSupport {

    /** An attempt's outcome besides a close code: the player was welcomed. */
    private static final int WELCOMED = 0;
    /** A school's one public address, forwarded by the (trusted) proxy. */
    private static final String SCHOOL = "203.0.113.50";

    @Inject
    JoinGuard guard;

    private WebSocketClient client;
    private int nextPin = 900_000;

    @BeforeEach
    void client() {
        // every test starts with the budget of all addresses together full (it refills at one guess a second here)
        clock().advance(60_000);
        client = vertx.createWebSocketClient(new WebSocketClientOptions()
                .setMaxConnections(2_000)
                .setLocalAddress("127.0.0.1")
                .setTryUsePerMessageCompression(false));
    }

    @AfterEach
    void closeClient() throws Exception {
        client.close().toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
    }

    @Test
    void aThousandPlayersFromOneAddressAllJoinOneRoom() throws Exception {
        String pin = openHostedRoom();
        List<CompletableFuture<Integer>> outcomes = new ArrayList<>();
        for (int batch = 0; batch < 10; batch++) {
            List<CompletableFuture<Integer>> wave = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                wave.add(attempt(client, pin, "Kid" + (batch * 100 + i), SCHOOL));
            }
            CompletableFuture.allOf(wave.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
            outcomes.addAll(wave);
            if (batch == 0) {
                // a few mistyped PINs from the school's address on the way
                for (int typo = 0; typo < PER_ADDRESS + 2; typo++) {
                    attempt(client, unknownPin(), "Typo", SCHOOL).get(20, TimeUnit.SECONDS);
                }
            }
        }
        assertThat(outcomes).allSatisfy(o -> assertThat(o.join()).isEqualTo(WELCOMED));
        given().get("/api/rooms/" + pin).then().statusCode(200).body("playerCount", org.hamcrest.Matchers.is(1000));
    }

    @Test
    void aScanOfUnknownPinsFromOneAddressIsRefusedWith4429AndRefusesThatAddressAnyNewPin() throws Exception {
        String pin = openHostedRoom();
        String scanner = "198.51.100.7";
        List<Integer> codes = new ArrayList<>();
        for (int i = 0; i < PER_ADDRESS + 5; i++) {
            codes.add(attempt(client, unknownPin(), "Scan", scanner).get(20, TimeUnit.SECONDS));
        }
        assertThat(codes.subList(0, PER_ADDRESS)).containsOnly(CloseCodes.UNKNOWN_ROOM);
        assertThat(codes.subList(PER_ADDRESS, codes.size())).containsOnly(CloseCodes.RATE_LIMITED);
        // the open PIN too: a refusal that depended on the PIN would tell the scanner which PINs are open
        assertThat(attempt(client, pin, "Lucky", scanner).get(20, TimeUnit.SECONDS))
                .isEqualTo(CloseCodes.RATE_LIMITED);
        // other addresses join as ever
        assertThat(attempt(client, pin, "Honest", "198.51.100.8").get(20, TimeUnit.SECONDS))
                .isEqualTo(WELCOMED);
        // a minute later (virtual) the scanner has three more guesses
        clock().advance(60_000);
        assertThat(attempt(client, unknownPin(), "Scan", scanner).get(20, TimeUnit.SECONDS))
                .isEqualTo(CloseCodes.UNKNOWN_ROOM);
    }

    @Test
    void aTrustedProxysForwardedAddressIsCountedAndAnUntrustedPeersIsIgnored() throws Exception {
        String pin = openHostedRoom();
        // from the trusted proxy (127.0.0.1): each forwarded client has a budget of its own
        for (int i = 0; i < PER_ADDRESS; i++) {
            assertThat(attempt(client, unknownPin(), "Scan", "[2001:db8:1:2::1]:443")
                            .get(20, TimeUnit.SECONDS))
                    .isEqualTo(CloseCodes.UNKNOWN_ROOM);
        }
        assertThat(attempt(client, unknownPin(), "Scan", "2001:db8:1:2::99").get(20, TimeUnit.SECONDS))
                .as("the same /64, another port and address")
                .isEqualTo(CloseCodes.RATE_LIMITED);
        assertThat(attempt(client, unknownPin(), "Other", "2001:db8:1:3::1").get(20, TimeUnit.SECONDS))
                .as("another client of the proxy")
                .isEqualTo(CloseCodes.UNKNOWN_ROOM);
        assertThat(attempt(client, unknownPin(), "Proxy itself", null).get(20, TimeUnit.SECONDS))
                .isEqualTo(CloseCodes.UNKNOWN_ROOM);
        given().header("X-Forwarded-For", "2001:db8:1:2::5")
                .get("/api/rooms/" + unknownPin())
                .then()
                .statusCode(429)
                .body("title", org.hamcrest.Matchers.equalTo("Too many requests"));

        // from an untrusted peer (127.0.0.66): whatever it claims, it is counted as itself
        WebSocketClient untrusted = vertx.createWebSocketClient(
                new WebSocketClientOptions().setLocalAddress("127.0.0.66").setTryUsePerMessageCompression(false));
        try {
            List<Integer> codes = new ArrayList<>();
            for (int i = 0; i < PER_ADDRESS + 1; i++) {
                codes.add(attempt(untrusted, unknownPin(), "Liar", "203.0.113." + i)
                        .get(20, TimeUnit.SECONDS));
            }
            assertThat(codes.subList(0, PER_ADDRESS)).containsOnly(CloseCodes.UNKNOWN_ROOM);
            assertThat(codes.get(PER_ADDRESS)).isEqualTo(CloseCodes.RATE_LIMITED);
            assertThat(attempt(untrusted, pin, "Liar", "203.0.113.200").get(20, TimeUnit.SECONDS))
                    .isEqualTo(CloseCodes.RATE_LIMITED);
        } finally {
            untrusted.close();
        }
    }

    @Test
    void aDistributedScanIsBoundedByAllAddressesTogetherWhileAFreshAddressStillJoins() throws Exception {
        String pin = openHostedRoom();
        // five addresses, each under its own limit, use up what all addresses together may guess
        for (int a = 1; a <= NODE_BURST / 5; a++) {
            for (int i = 0; i < 5; i++) {
                lookup(unknownPin(), "192.0.2." + a).statusCode(404);
            }
        }
        lookup(unknownPin(), "192.0.2.1").statusCode(429);
        assertThat(attempt(client, unknownPin(), "Scan", "192.0.2.2").get(20, TimeUnit.SECONDS))
                .isEqualTo(CloseCodes.RATE_LIMITED);
        // an address that has not failed still gets in, and still has a first guess
        assertThat(attempt(client, pin, "New class", "192.0.2.77").get(20, TimeUnit.SECONDS))
                .isEqualTo(WELCOMED);
        lookup(unknownPin(), "192.0.2.78").statusCode(404);
        lookup(unknownPin(), "192.0.2.78").statusCode(429);
        // the budget of all refills on the rooms' clock (1 a second here)
        clock().advance(10_000);
        lookup(unknownPin(), "192.0.2.1").statusCode(404);
    }

    @Test
    void theLimitersMemoryIsBoundedAndExpires() {
        openHostedRoom();
        for (int a = 0; a < JoinLimitsProfile.MAX_ADDRESSES * 2; a++) {
            lookup(unknownPin(), "10.9." + (a / 200) + "." + (a % 200));
        }
        assertThat(guard.tracked()).isLessThanOrEqualTo(2L * JoinLimitsProfile.MAX_ADDRESSES);
        clock().advance(JoinGuard.KNOWN_PIN_MEMORY.toMillis() + 1);
        assertThat(guard.tracked()).isZero();
    }

    @Test
    void aFloodingClientThatCalmedDownIsWarnedAgainBeforeItIsClosed() {
        String pin = openHostedRoom();
        TestSocket player = joined(pin, "Loud");
        // with the join, the burst (30) and one more: warned, not closed
        for (int i = 0; i < 30; i++) {
            player.send(command("sync"));
        }
        player.awaitError("rate_limited");
        clock().advance(10_000); // quiet long enough for the budget to be full again
        // the burst and two more: warned again (not closed at once, as if it had never calmed down), then closed
        for (int i = 0; i < 32; i++) {
            player.send(command("sync"));
        }
        player.awaitError("rate_limited");
        assertThat(player.awaitClose()).isEqualTo(CloseCodes.POLICY_VIOLATION);
    }

    private String openHostedRoom() {
        JsonObject room = openRoom(quizOf(List.of(choiceQuestion("single", 20, "b"))), Map.of());
        host(room);
        return room.getString("pin");
    }

    private String unknownPin() {
        return String.valueOf(nextPin++);
    }

    private io.restassured.response.ValidatableResponse lookup(String pin, String forwardedFor) {
        return RestAssured.given()
                .header("X-Forwarded-For", forwardedFor)
                .get("/api/rooms/" + pin)
                .then();
    }

    /**
     * Opens a player socket (with {@code X-Forwarded-For} when given) and joins: completes with {@link #WELCOMED}, or
     * with the close code if the socket is closed first.
     */
    private CompletableFuture<Integer> attempt(WebSocketClient from, String pin, String nickname, String forwardedFor) {
        WebSocketConnectOptions connect = new WebSocketConnectOptions()
                .setHost("127.0.0.1")
                .setPort(RestAssured.port)
                .setURI("/ws/play/" + pin);
        if (forwardedFor != null) {
            connect.addHeader("X-Forwarded-For", forwardedFor);
        }
        CompletableFuture<Integer> outcome = new CompletableFuture<>();
        from.connect(connect).onComplete(result -> {
            if (result.failed()) {
                outcome.completeExceptionally(result.cause());
                return;
            }
            var socket = result.result();
            try {
                socket.closeHandler(
                        v -> outcome.complete(socket.closeStatusCode() == null ? -1 : (int) socket.closeStatusCode()));
                socket.textMessageHandler(text -> {
                    if ("welcome".equals(new JsonObject(text).getString("type"))) {
                        outcome.complete(WELCOMED);
                    }
                });
            } catch (IllegalStateException closedAlready) {
                // the server refused it at once, before the handlers were in place (a loaded machine)
                outcome.complete(socket.closeStatusCode() == null ? -1 : (int) socket.closeStatusCode());
                return;
            }
            if (socket.isClosed()) {
                outcome.complete(socket.closeStatusCode() == null ? -1 : (int) socket.closeStatusCode());
            } else {
                socket.writeTextMessage(new JsonObject()
                        .put("type", "join")
                        .put("nickname", nickname)
                        .encode());
            }
        });
        return outcome;
    }
}
