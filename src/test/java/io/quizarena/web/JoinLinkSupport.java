package io.quizarena.web;

import static io.restassured.RestAssured.given;

import io.quizarena.room.TestSocket;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.util.Map;

/** Where the join link of a room shows (docs/adr/0016): the API's answers, the QR code, the lobby, the host socket. */
final class JoinLinkSupport {

    private JoinLinkSupport() {}

    /** The test server's own address, as REST Assured sends it in Host. */
    static String ownOrigin() {
        return "http://localhost:" + RestAssured.port;
    }

    static RequestSpecification asHost() {
        return given().auth().preemptive().basic("host", "host");
    }

    /** Opens a room of the premade MoE quiz with the given request; returns the POST's answer. */
    static JsonObject openRoom(RequestSpecification request) {
        String json = request.contentType(ContentType.JSON)
                .body(Map.of("quizId", "topic-moe"))
                .post("/api/rooms")
                .then()
                .statusCode(201)
                .extract()
                .asString();
        return new JsonObject(json);
    }

    static String lookedUpLink(RequestSpecification request, String pin) {
        return request.get("/api/rooms/" + pin).then().statusCode(200).extract().path("joinUrl");
    }

    static String scannedLink(RequestSpecification request, String pin) throws Exception {
        String svg = request.get("/join/qr.svg?pin=" + pin)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        return JoinQrTest.decode(svg);
    }

    static String lobby(RequestSpecification request, String pin) {
        return request.get("/host/room/" + pin).then().statusCode(200).extract().asString();
    }

    /** The link the host socket announces in host_welcome. */
    static String announcedLink(Vertx vertx, JsonObject room) {
        try (TestSocket host = TestSocket.host(vertx, room.getString("pin"), "host")) {
            host.send(new JsonObject().put("type", "hello").put("hostToken", room.getString("hostToken")));
            return host.await("host_welcome").getString("joinUrl");
        }
    }
}
