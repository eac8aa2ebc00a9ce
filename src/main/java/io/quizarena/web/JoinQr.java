package io.quizarena.web;

import io.nayuki.qrcodegen.QrCode;

/**
 * The QR code a host projects: it opens the join link ({@code io.quizarena.room.JoinLinks}), the same one the lobby
 * shows. The library computes the module matrix; the SVG is drawn here, one path for all dark modules, so it scales to
 * any projector without blurring.
 */
final class JoinQr {

    /** Light modules around the code, as the QR standard asks (four modules). */
    static final int QUIET_ZONE = 4;

    private JoinQr() {}

    static String svg(String joinUrl) {
        return svg(QrCode.encodeText(joinUrl, QrCode.Ecc.MEDIUM));
    }

    static String svg(QrCode qr) {
        int side = qr.size + 2 * QUIET_ZONE;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M')
                            .append(x + QUIET_ZONE)
                            .append(',')
                            .append(y + QUIET_ZONE)
                            .append("h1v1h-1z");
                }
            }
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" viewBox=\"0 0 " + side + " " + side
                + "\" shape-rendering=\"crispEdges\" role=\"img\">"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>"
                + "<path d=\"" + path + "\" fill=\"#000000\"/></svg>\n";
    }
}
