package io.quizarena.battle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quizarena.events.BattleFinished;
import io.quizarena.events.EventIds;
import io.quizarena.events.Outbox;
import io.quizarena.events.ScoreEvent;
import io.quizarena.game.GameRecord;
import io.quizarena.game.Submission;
import io.quizarena.training.StudyLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** Battles in PostgreSQL (H2 in dev and tests): created, finished with their sides and answers, and ghost runs. */
@ApplicationScoped
class BattleStore {

    /** A battle as the database knows it, for a challenge code or a socket that reached this node. */
    record Stored(String id, String kind, String status, String ownerNode, Instant expiresAt, String ownerUrl) {

        /** Still waiting for its players or being played (not finished, aborted or expired). */
        boolean open() {
            return status.equals("WAITING") || status.equals("PLAYING");
        }
    }

    private final DataSource dataSource;
    private final Outbox outbox;
    private final ObjectMapper json;
    private final StudyLog studyLog;

    BattleStore(DataSource dataSource, Outbox outbox, ObjectMapper json, StudyLog studyLog) {
        this.studyLog = studyLog;
        this.dataSource = dataSource;
        this.outbox = outbox;
        this.json = json;
    }

    @Transactional
    void create(
            Battle battle,
            String ownerNode,
            String ownerUrl,
            List<String> questionIds,
            Instant createdAt,
            Instant expiresAt) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "insert into battle (id, kind, topic, status, code, owner_node,"
                                + " question_ids, created_at, expires_at, owner_url) values (?, ?, ?, 'WAITING', ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, battle.id);
            s.setString(2, battle.kind.name());
            s.setString(3, battle.topic);
            s.setString(4, battle.code);
            s.setString(5, ownerNode);
            s.setString(6, String.join(",", questionIds));
            s.setTimestamp(7, Timestamp.from(createdAt));
            s.setTimestamp(8, Timestamp.from(expiresAt));
            s.setString(9, ownerUrl);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("creating battle " + battle.id + " failed", e);
        }
    }

    /**
     * Saves a battle that ended, its two sides, every answer of its human sides (the runs a ghost may replay) and its
     * {@link BattleFinished} event, in one transaction.
     */
    @Transactional
    void finish(Battle battle, GameRecord record, String[] outcomes, Instant endedAt) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("update battle set status = ?, ended_at = ? where id = ?")) {
                s.setString(1, battle.aborted() ? "ABORTED" : "FINISHED");
                s.setTimestamp(2, Timestamp.from(endedAt));
                s.setString(3, battle.id);
                s.executeUpdate();
            }
            Map<String, GameRecord.PlayerResult> results = new HashMap<>();
            record.players().forEach(p -> results.put(p.playerId(), p));
            List<BattleFinished.Side> sides = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("insert into battle_player (battle_id, side, player_key,"
                    + " nickname, ghost_of, score, correct, outcome, forfeited) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Battle.Side side : battle.sides) {
                    GameRecord.PlayerResult r = results.get(side.playerId());
                    int score = r == null ? 0 : r.score();
                    s.setString(1, battle.id);
                    s.setInt(2, side.index);
                    s.setString(3, side.playerKey == null ? "nobody" : side.playerKey);
                    s.setString(4, side.nickname == null ? "-" : side.nickname);
                    s.setString(5, side.ghost == null ? null : side.ghost.battleId());
                    s.setInt(6, score);
                    s.setInt(7, r == null ? 0 : r.correctCount());
                    s.setString(8, outcomes[side.index]);
                    s.setBoolean(9, side.forfeited);
                    s.addBatch();
                    sides.add(new BattleFinished.Side(
                            side.playerKey,
                            side.nickname,
                            side.ghost != null,
                            score,
                            outcomes[side.index],
                            side.forfeited));
                }
                s.executeBatch();
            }
            try (PreparedStatement s = c.prepareStatement("insert into battle_answer (battle_id, side, question_index,"
                    + " question_id, submission, response_ms, points, correct) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Battle.Side side : battle.sides) {
                    if (side.ghost != null) {
                        continue; // a copy of an earlier run
                    }
                    for (GameRecord.AnswerRow a : record.answers()) {
                        if (a.playerId().equals(side.playerId())) {
                            s.setString(1, battle.id);
                            s.setInt(2, side.index);
                            s.setInt(3, a.questionIndex());
                            s.setString(4, a.questionId());
                            s.setString(5, a.submission().toJson());
                            s.setLong(6, a.responseMillis());
                            s.setInt(7, a.points());
                            s.setBoolean(8, a.credit() == 1);
                            s.addBatch();
                        }
                    }
                }
                s.executeBatch();
            }
            Map<String, String> learners = new HashMap<>();
            for (Battle.Side side : battle.sides) {
                if (side.ghost == null && side.playerKey != null) {
                    learners.put(side.playerId(), side.playerKey);
                }
            }
            studyLog.recordGame(c, record, StudyLog.Source.BATTLE, learners::get);
            boolean incomplete = sides.stream().anyMatch(s -> s.playerKey() == null);
            outbox.append(
                    c,
                    List.of(new BattleFinished(
                            ScoreEvent.SCHEMA_VERSION,
                            EventIds.battleFinished(battle.id),
                            endedAt,
                            battle.id,
                            battle.kind.name(),
                            battle.topic,
                            battle.aborted() || incomplete,
                            sides)));
        } catch (SQLException e) {
            throw new IllegalStateException("saving battle " + battle.id + " failed", e);
        }
        outbox.committed();
    }

    @Transactional
    void started(String battleId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "update battle set status = 'PLAYING' where id = ? and status = 'WAITING'")) {
            s.setString(1, battleId);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("starting battle " + battleId + " failed", e);
        }
    }

    @Transactional
    void expire(String battleId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "update battle set status = 'EXPIRED', ended_at = ? where id = ? and status = 'WAITING'")) {
            s.setTimestamp(1, Timestamp.from(Instant.now()));
            s.setString(2, battleId);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("expiring battle " + battleId + " failed", e);
        }
    }

    @Transactional
    Stored byCode(String code) {
        return one("select id, kind, status, owner_node, expires_at, owner_url from battle where code = ?", code);
    }

    @Transactional
    Stored byId(String id) {
        return one("select id, kind, status, owner_node, expires_at, owner_url from battle where id = ?", id);
    }

    private Stored one(String sql, String key) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, key);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return null;
                }
                Timestamp expires = r.getTimestamp(5);
                return new Stored(
                        r.getString(1),
                        r.getString(2),
                        r.getString(3),
                        r.getString(4),
                        expires == null ? null : expires.toInstant(),
                        r.getString(6));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading battle " + key + " failed", e);
        }
    }

    /** Finished runs on a topic that a ghost could replay, with their players' ratings in the scope. */
    @Transactional
    List<GhostPicker.Candidate> ghostCandidates(String topic, String scope, int limit) {
        List<GhostPicker.Candidate> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select p.battle_id, p.side, p.player_key,"
                        + " coalesce(r.rating, 1500), p.forfeited from battle_player p join battle b on b.id = p.battle_id"
                        + " left join player_rating r on r.player_key = p.player_key and r.scope = ?"
                        + " where b.topic = ? and b.status = 'FINISHED' and p.ghost_of is null"
                        + " order by b.ended_at desc limit ?")) {
            s.setString(1, scope);
            s.setString(2, topic);
            s.setInt(3, limit);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(new GhostPicker.Candidate(
                            r.getString(1), r.getInt(2), r.getString(3), r.getDouble(4), r.getBoolean(5)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading ghost runs failed", e);
        }
        return out;
    }

    /** The whole run a ghost replays. */
    @Transactional
    GhostRun ghostRun(GhostPicker.Candidate candidate) {
        try (Connection c = dataSource.getConnection()) {
            String nickname;
            List<String> questionIds;
            try (PreparedStatement s = c.prepareStatement("select p.nickname, b.question_ids from battle_player p"
                    + " join battle b on b.id = p.battle_id where p.battle_id = ? and p.side = ?")) {
                s.setString(1, candidate.battleId());
                s.setInt(2, candidate.side());
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    nickname = r.getString(1);
                    questionIds = List.of(r.getString(2).split(","));
                }
            }
            Map<Integer, GhostRun.Answer> answers = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("select question_index, submission, response_ms"
                    + " from battle_answer where battle_id = ? and side = ?")) {
                s.setString(1, candidate.battleId());
                s.setInt(2, candidate.side());
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        answers.put(r.getInt(1), new GhostRun.Answer(submission(r.getString(2)), r.getLong(3)));
                    }
                }
            }
            return new GhostRun(
                    candidate.battleId(), candidate.playerKey(), nickname, candidate.rating(), questionIds, answers);
        } catch (SQLException e) {
            throw new IllegalStateException("reading ghost run " + candidate.battleId() + " failed", e);
        }
    }

    /** A submission as stored ({@link Submission#toJson}), read back. */
    private Submission submission(String stored) {
        try {
            JsonNode n = json.readTree(stored);
            return new Submission(
                    strings(n.get("choiceIds")),
                    n.has("value") ? new BigDecimal(n.get("value").asText()) : null,
                    strings(n.get("order")),
                    n.has("text") ? n.get("text").asText() : null);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a stored submission is not JSON: " + stored, e);
        }
    }

    private static List<String> strings(JsonNode array) {
        if (array == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
