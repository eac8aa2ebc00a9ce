package io.quizarena.room;

import io.quizarena.events.EventIds;
import io.quizarena.events.GameFinished;
import io.quizarena.events.PlayerScored;
import io.quizarena.events.PlayerScored.TopicScore;
import io.quizarena.events.ScoreEvent;
import io.quizarena.game.GameRecord;
import io.quizarena.game.GameRecord.AnswerRow;
import io.quizarena.game.GameRecord.PlayerResult;
import io.quizarena.game.PlayerKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The score events a saved game leaves: one {@link PlayerScored} per player, then one {@link GameFinished}. */
final class GameEvents {

    private GameEvents() {}

    static List<ScoreEvent> of(GameRecord game) {
        Map<String, List<AnswerRow>> answersByPlayer =
                game.answers().stream().collect(Collectors.groupingBy(AnswerRow::playerId));
        List<ScoreEvent> events = new ArrayList<>(game.players().size() + 1);
        for (PlayerResult p : game.players()) {
            events.add(new PlayerScored(
                    ScoreEvent.SCHEMA_VERSION,
                    EventIds.playerScored(game.gameId(), p.playerId()),
                    game.endedAt(),
                    game.gameId(),
                    game.quizId(),
                    playerKey(p),
                    p.nickname(),
                    p.team(),
                    p.score(),
                    p.correctCount(),
                    game.questionsPlayed(),
                    p.rank(),
                    topics(answersByPlayer.getOrDefault(p.playerId(), List.of()))));
        }
        events.add(new GameFinished(
                ScoreEvent.SCHEMA_VERSION,
                EventIds.gameFinished(game.gameId()),
                game.endedAt(),
                game.gameId(),
                game.quizId(),
                game.host(),
                game.status().name(),
                game.players().size(),
                game.questionsPlayed(),
                game.startedAt()));
        return events;
    }

    static String playerKey(PlayerResult p) {
        return PlayerKeys.of(p.userId(), p.guestId());
    }

    private static List<TopicScore> topics(List<AnswerRow> answers) {
        Map<String, int[]> byTopic = new TreeMap<>();
        for (AnswerRow a : answers) {
            int[] sums = byTopic.computeIfAbsent(a.topic(), t -> new int[3]);
            sums[0] += a.points();
            sums[1] += a.credit() == 1 ? 1 : 0;
            sums[2]++;
        }
        List<TopicScore> topics = new ArrayList<>(byTopic.size());
        byTopic.forEach((topic, sums) -> topics.add(new TopicScore(topic, sums[0], sums[1], sums[2])));
        return topics;
    }
}
