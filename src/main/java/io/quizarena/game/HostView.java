package io.quizarena.game;

import java.util.Locale;

/**
 * Which of the host's connections a socket is: the big screen the room watches, or the remote in the host's hand. The
 * seat holds one of each at once (docs/adr/0019); a new connection of a kind replaces the old one of that kind.
 */
public enum HostView {
    SCREEN,
    REMOTE;

    /** The name in the protocol: {@code screen} or {@code remote}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The view a {@code hello} asks for; none given is the big screen, as before there were two. */
    static HostView parse(String text) {
        if (text == null) {
            return SCREEN;
        }
        for (HostView view : values()) {
            if (view.wire().equals(text)) {
                return view;
            }
        }
        throw new ProtocolException("invalid_message", "view is screen or remote");
    }
}
