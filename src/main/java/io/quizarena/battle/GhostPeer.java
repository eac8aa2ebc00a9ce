package io.quizarena.battle;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quizarena.game.Game;
import io.quizarena.game.GameClock;
import io.quizarena.game.Peer;
import io.quizarena.game.PlayerCommand;

/**
 * The ghost's side of a ghost battle: a connection that answers each question as the replayed run did, the same
 * answer after the same time from the moment the question reached it. It reads nothing else.
 */
final class GhostPeer implements Peer {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final GhostRun run;
    private final GameClock clock;
    private Game game;
    private String playerId;

    GhostPeer(GhostRun run, GameClock clock) {
        this.run = run;
        this.clock = clock;
    }

    void bind(Game boundGame) {
        this.game = boundGame;
    }

    String playerId() {
        return playerId;
    }

    @Override
    public void send(String frame) {
        if (playerId == null && frame.startsWith("{\"type\":\"welcome\"")) {
            playerId = read(frame).path("playerId").asText(null);
            return;
        }
        if (!frame.startsWith("{\"type\":\"question\"")) {
            return;
        }
        int index = read(frame).path("questionIndex").asInt();
        GhostRun.Answer answer = run.answers().get(index);
        if (answer != null) {
            clock.schedule(
                    answer.responseMillis(),
                    () -> game.submit(
                            () -> game.playerMessage(this, new PlayerCommand.Answer(index, answer.submission()))));
        }
    }

    private static com.fasterxml.jackson.databind.JsonNode read(String frame) {
        try {
            return JSON.readTree(frame);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("the game sent a frame that is not JSON", e);
        }
    }

    @Override
    public void close(int code, String reason) {
        // nobody to disconnect
    }
}
