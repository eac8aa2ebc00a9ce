package io.quizarena.game;

/** WebSocket close codes of the protocol (docs/asyncapi.yaml). 4xxx are ours. */
public final class CloseCodes {

    public static final int NORMAL = 1000;
    public static final int POLICY_VIOLATION = 1008; // flood
    public static final int TOO_BIG = 1009;
    public static final int MOVING = 1012; // the node is going away or lost the room: reconnect, to any node
    public static final int TRY_AGAIN_LATER = 1013; // client too slow to read; it may resume
    public static final int NOT_AUTHENTICATED = 4401; // host socket without hello in time
    public static final int BAD_HOST_TOKEN = 4403;
    public static final int KICKED = 4003;
    public static final int UNKNOWN_ROOM = 4404;
    public static final int REPLACED = 4409; // the same player connected again elsewhere
    public static final int ROOM_CLOSED = 4410;
    public static final int RATE_LIMITED = 4429;

    private CloseCodes() {}
}
