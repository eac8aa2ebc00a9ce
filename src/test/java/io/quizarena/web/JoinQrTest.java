package io.quizarena.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The lobby's QR code is an SVG that a phone's camera reads as the join link of the PIN. */
@QuarkusTest
class JoinQrTest {

    @Test
    void theQrCodeEncodesTheJoinLink() throws Exception {
        String svg = given().get("/join/qr.svg?pin=482913")
                .then()
                .statusCode(200)
                .contentType(containsString("image/svg+xml"))
                .extract()
                .asString();
        assertThat(svg).startsWith("<?xml").contains("<svg").contains("viewBox");
        // no public URL is configured in tests: the link is at the address the image was asked at
        assertThat(decode(svg)).isEqualTo("http://localhost:" + RestAssured.port + "/join?pin=482913");
    }

    @Test
    void anotherPinIsAnotherCode() throws Exception {
        String svg = given().get("/join/qr.svg?pin=000001")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(decode(svg)).endsWith("/join?pin=000001");
    }

    @Test
    void aBadPinIsAProblem() {
        for (String pin : new String[] {"", "12345", "1234567", "abcdef", "12345%0A"}) {
            given().queryParam("pin", pin)
                    .get("/join/qr.svg")
                    .then()
                    .statusCode(400)
                    .contentType(containsString("application/problem+json"))
                    .body("type", equalTo("urn:quiz-arena:problem:invalid-input"))
                    .body("errors.field", hasItem("/pin"));
        }
    }

    /** Rebuilds the module matrix from the SVG's path, paints it 8 pixels per module and decodes it. */
    static String decode(String svg) throws Exception {
        Matcher box = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);
        assertThat(box.find()).isTrue();
        int side = Integer.parseInt(box.group(1));
        int scale = 8;
        int px = side * scale;
        int[] pixels = new int[px * px];
        Arrays.fill(pixels, 0xFFFFFFFF);
        Matcher module = Pattern.compile("M(\\d+),(\\d+)h1v1h-1z").matcher(svg);
        int dark = 0;
        while (module.find()) {
            int x = Integer.parseInt(module.group(1));
            int y = Integer.parseInt(module.group(2));
            for (int dy = 0; dy < scale; dy++) {
                for (int dx = 0; dx < scale; dx++) {
                    pixels[(y * scale + dy) * px + x * scale + dx] = 0xFF000000;
                }
            }
            dark++;
        }
        assertThat(dark).isGreaterThan(50);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(px, px, pixels)));
        // a rendered code, not a photo: without PURE_BARCODE the finder-pattern search misses some codes now and then
        return new QRCodeReader()
                .decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE))
                .getText();
    }
}
