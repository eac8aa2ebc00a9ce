package io.quizarena.web;

/**
 * Where a page may send the reader back to: a path on this site, never another site (no open redirects), in
 * characters that are safe in a Location header and a cookie value unquoted (paths arrive percent-encoded).
 */
final class SafeNext {

    private SafeNext() {}

    static String of(String next) {
        if (next == null
                || !next.startsWith("/")
                || next.startsWith("//")
                || next.startsWith("/\\")
                || next.length() > 500
                || !next.matches("[A-Za-z0-9/?=&%._~:+@!*()-]*")) {
            return "/";
        }
        return next;
    }
}
