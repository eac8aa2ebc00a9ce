package io.quizarena.game;

import io.quizarena.game.GameRecord.AnswerRow;
import io.quizarena.game.GameRecord.PlayerResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Turns a game that ended into the record its sink saves: every player's result and every answer. */
final class GameRecording {

    private GameRecording() {}

    static GameRecord of(
            String gameId,
            GameSetup setup,
            GameRecord.Status status,
            int questionsPlayed,
            Instant startedAt,
            Instant endedAt,
            List<Player> ranked) {
        List<PlayQuestion> questions = setup.questions();
        List<PlayerResult> results = new ArrayList<>(ranked.size());
        List<AnswerRow> rows = new ArrayList<>();
        for (Player p : ranked) {
            results.add(
                    new PlayerResult(p.id, p.nickname, p.guestId, p.userId, p.team, p.score, p.correctCount, p.rank));
            p.answers.values().stream()
                    .sorted(Comparator.comparingInt(Player.Answer::questionIndex))
                    .forEach(a -> rows.add(new AnswerRow(
                            p.id,
                            a.questionIndex(),
                            questions.get(a.questionIndex()).id,
                            questions.get(a.questionIndex()).topic,
                            a.submission(),
                            a.credit(),
                            a.points(),
                            a.responseMillis())));
        }
        return new GameRecord(
                gameId,
                setup.pin(),
                setup.quizId(),
                setup.owner(),
                status,
                setup.rules().toJson(),
                questions.stream().map(q -> q.id).toList(),
                questionsPlayed,
                startedAt == null ? endedAt : startedAt,
                endedAt,
                results,
                rows);
    }
}
