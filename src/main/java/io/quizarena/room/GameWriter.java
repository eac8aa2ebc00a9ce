package io.quizarena.room;

import io.quizarena.events.Outbox;
import io.quizarena.game.GameRecord;
import io.quizarena.game.GameRecord.AnswerRow;
import io.quizarena.game.GameRecord.PlayerResult;
import io.quizarena.game.PlayerKeys;
import io.quizarena.training.StudyLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Writes a game, every player's result and every answer with its response time in one transaction, with JDBC
 * batches: a 10,000-player game of 10 questions is 100,000 answer rows. The game's score events go into the outbox
 * in the same transaction, and every answer into the players' study log and review queue (docs/adr/0026).
 */
@ApplicationScoped
class GameWriter {

    private static final int BATCH = 1000;
    private final DataSource dataSource;
    private final Outbox outbox;
    private final StudyLog studyLog;

    GameWriter(DataSource dataSource, Outbox outbox, StudyLog studyLog) {
        this.dataSource = dataSource;
        this.outbox = outbox;
        this.studyLog = studyLog;
    }

    /** Writes the game unless a row with its id exists already (an earlier attempt that did commit). */
    @Transactional
    void write(GameRecord game) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("select 1 from game where id = ?")) {
                s.setString(1, game.gameId());
                try (var r = s.executeQuery()) {
                    if (r.next()) {
                        return;
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("insert into game (id, pin, quiz_id, host, status, settings,"
                    + " question_ids, questions_played, player_count, started_at, ended_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                s.setString(1, game.gameId());
                s.setString(2, game.pin());
                s.setString(3, game.quizId());
                s.setString(4, game.host());
                s.setString(5, game.status().name());
                s.setString(6, game.settingsJson());
                s.setString(7, String.join(",", game.questionIds()));
                s.setInt(8, game.questionsPlayed());
                s.setInt(9, game.players().size());
                s.setTimestamp(10, Timestamp.from(game.startedAt()));
                s.setTimestamp(11, Timestamp.from(game.endedAt()));
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement(
                    "insert into game_player (game_id, player_id, nickname,"
                            + " guest_id, user_id, team, score, correct_count, final_rank) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int n = 0;
                for (PlayerResult p : game.players()) {
                    s.setString(1, game.gameId());
                    s.setString(2, p.playerId());
                    s.setString(3, p.nickname());
                    s.setString(4, p.guestId());
                    setNullable(s, 5, p.userId());
                    setNullable(s, 6, p.team());
                    s.setInt(7, p.score());
                    s.setInt(8, p.correctCount());
                    s.setInt(9, p.rank());
                    s.addBatch();
                    if (++n % BATCH == 0) {
                        s.executeBatch();
                    }
                }
                s.executeBatch();
            }
            try (PreparedStatement s = c.prepareStatement("insert into game_answer (game_id, player_id,"
                    + " question_index, question_id, submission, credit, correct, points, response_ms)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int n = 0;
                for (AnswerRow a : game.answers()) {
                    s.setString(1, game.gameId());
                    s.setString(2, a.playerId());
                    s.setInt(3, a.questionIndex());
                    s.setString(4, a.questionId());
                    s.setString(5, a.submission().toJson());
                    s.setDouble(6, a.credit());
                    s.setBoolean(7, a.credit() == 1);
                    s.setInt(8, a.points());
                    s.setLong(9, a.responseMillis());
                    s.addBatch();
                    if (++n % BATCH == 0) {
                        s.executeBatch();
                    }
                }
                s.executeBatch();
            }
            // same connection, same transaction: the events and the study log exist exactly when the results do
            outbox.append(c, GameEvents.of(game));
            Map<String, String> learners = new HashMap<>();
            game.players().forEach(p -> learners.put(p.playerId(), PlayerKeys.of(p.userId(), p.guestId())));
            studyLog.recordGame(c, game, StudyLog.Source.GAME, learners::get);
        } catch (SQLException e) {
            throw new IllegalStateException("saving game " + game.gameId() + " failed", e);
        }
    }

    private static void setNullable(PreparedStatement s, int index, String value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.VARCHAR);
        } else {
            s.setString(index, value);
        }
    }
}
