package io.quizarena.battle;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quizarena.game.Frames;
import java.util.Locale;

/** The frames of the matchmaking socket (docs/asyncapi.yaml, channel battleQueue). */
final class MatchFrames {

    private MatchFrames() {}

    static String searching(Seeker seeker, String guestId, double rating, boolean provisional, int ghostAfterSeconds) {
        ObjectNode frame = Frames.of("searching")
                .put("ticket", seeker.ticket())
                .put("topic", seeker.topic())
                .put("rating", Math.round(rating))
                .put("provisional", provisional)
                .put("ghostAfterSeconds", ghostAfterSeconds);
        if (guestId != null) {
            frame.put("guestId", guestId);
        }
        return frame.toString();
    }

    /** Found: the battle to open. {@code battle} is null when another node owns it. */
    static String matched(String battleId, Seeker seeker, Battle battle) {
        ObjectNode frame = Frames.of("matched").put("battleId", battleId);
        if (battle != null) {
            frame.put("kind", battle.kind.name().toLowerCase(Locale.ROOT)).put("topic", battle.topic);
            for (Battle.Side side : battle.sides) {
                if (!seeker.playerKey().equals(side.playerKey)) {
                    frame.putObject("opponent")
                            .put("nickname", side.nickname)
                            .put("rating", Math.round(side.rating))
                            .put("ghost", side.ghost != null);
                }
            }
        }
        return frame.toString();
    }

    static String cancelled(String ticket) {
        return Frames.of("search_cancelled").put("ticket", ticket).toString();
    }
}
