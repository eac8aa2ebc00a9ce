package io.quizarena.room;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.vertx.core.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Back-pressure with a real TCP client that stops reading: it joins, reads its welcome, and then only sends. The
 * server's frames pile up in its queue; once the queue is full the room drops the connection, the game goes on for
 * everyone else, and the player may resume from another connection.
 */
@QuarkusTest
@TestProfile(SlowReaderProfile.class)
class SlowReaderTest extends RoomTestSupport {

    @Test
    void aClientThatStopsReadingIsDroppedAndMayResume() throws Exception {
        JsonObject room = openRoom(quizOf(List.of(choiceQuestion("single", 20, "b"))), Map.of());
        String pin = room.getString("pin");
        TestSocket host = host(room);
        TestSocket steady = joined(pin, "Steady");

        try (Socket raw = new Socket()) {
            raw.setReceiveBufferSize(2048);
            raw.connect(new InetSocketAddress("127.0.0.1", RestAssured.port), 5_000);
            OutputStream out = raw.getOutputStream();
            InputStream in = raw.getInputStream();
            handshake(out, in, pin);
            sendText(out, "{\"type\":\"join\",\"nickname\":\"Sloth\"}");
            JsonObject welcome = new JsonObject(readTextFrame(in));
            String token = welcome.getString("resumeToken");
            String playerId = welcome.getString("playerId");

            // from here on the client never reads; every sync makes the server send a full snapshot
            try {
                for (int round = 0; round < 200 && !dropped(host, playerId); round++) {
                    for (int i = 0; i < 25; i++) {
                        sendText(out, "{\"type\":\"sync\"}");
                    }
                    clock().advance(3_000); // refills the flood budget and flushes the host's updates
                }
            } catch (IOException e) {
                // the server closed the connection under us: it was dropped
            }
            // the server may still be catching up: keep virtual time moving until the host hears of the drop
            boolean dropped = false;
            for (int i = 0; i < 300 && !dropped; i++) {
                clock().advance(300);
                Thread.sleep(50);
                dropped = dropped(host, playerId);
            }
            assertThat(dropped)
                    .as("the room dropped the client that stopped reading")
                    .isTrue();

            // the game goes on for everyone else
            openNextQuestion(host, "start", List.of(steady));
            steady.send(choices(0, "b"));
            steady.await("answer_ack");
            // the dropped connection may close on the server only now, and the question then waits for it for the
            // disconnect grace; at the latest it closes at its deadline
            clock().advance(20_000);
            assertThat(steady.await("result").getBoolean("correct")).isTrue();

            // and the dropped player may come back
            TestSocket back = track(TestSocket.open(vertx, "/ws/play/" + pin));
            back.send(command("resume").put("resumeToken", token));
            assertThat(back.await("welcome").getString("nickname")).isEqualTo("Sloth");
        }
    }

    private static boolean dropped(TestSocket host, String playerId) {
        return host.frames().stream().anyMatch(f -> f.contains("\"left\":[") && f.contains("\"" + playerId + "\""));
    }

    private static void handshake(OutputStream out, InputStream in, String pin) throws IOException {
        String request = "GET /ws/play/" + pin + " HTTP/1.1\r\n"
                + "Host: 127.0.0.1:" + RestAssured.port + "\r\n"
                + "Upgrade: websocket\r\nConnection: Upgrade\r\n"
                + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n";
        out.write(request.getBytes(StandardCharsets.US_ASCII));
        out.flush();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("closed during the handshake");
            }
            head.write(b);
        }
        assertThat(head.toString(StandardCharsets.US_ASCII)).startsWith("HTTP/1.1 101");
    }

    /** Writes one masked text frame, as a client must. */
    private static void sendText(OutputStream out, String text) throws IOException {
        byte[] payload = text.getBytes(StandardCharsets.UTF_8);
        byte[] mask = {1, 2, 3, 4};
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        frame.write(0x81);
        if (payload.length < 126) {
            frame.write(0x80 | payload.length);
        } else {
            frame.write(0x80 | 126);
            frame.write(payload.length >> 8);
            frame.write(payload.length & 0xff);
        }
        frame.write(mask);
        for (int i = 0; i < payload.length; i++) {
            frame.write(payload[i] ^ mask[i % 4]);
        }
        out.write(frame.toByteArray());
        out.flush();
    }

    /** Reads one unmasked server text frame. */
    private static String readTextFrame(InputStream in) throws IOException {
        int first = in.read();
        int second = in.read();
        if (first < 0 || second < 0) {
            throw new IOException("closed");
        }
        long length = second & 0x7f;
        if (length == 126) {
            length = (in.read() << 8) | in.read();
        } else if (length == 127) {
            length = 0;
            for (int i = 0; i < 8; i++) {
                length = (length << 8) | in.read();
            }
        }
        byte[] payload = in.readNBytes((int) length);
        return new String(payload, StandardCharsets.UTF_8);
    }
}
