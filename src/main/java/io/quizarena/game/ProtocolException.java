package io.quizarena.game;

/** A message the protocol refuses; {@code code} goes to the client in an {@code error} frame. */
public final class ProtocolException extends RuntimeException {

    public final String code;

    public ProtocolException(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }
}
