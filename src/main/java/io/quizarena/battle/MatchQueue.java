package io.quizarena.battle;

import io.quizarena.problem.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * The matchmaking queue, in the database every node shares: one row per searching player. A matching round runs on
 * one node at a time (it takes the single {@code battle_matcher} row with {@code FOR UPDATE SKIP LOCKED}; a node that
 * finds it taken skips the round) and sees every waiting row, so seekers on different nodes meet.
 */
@ApplicationScoped
class MatchQueue {

    /** Entries nobody has matched for this long are dropped (their sockets are surely gone). */
    static final Duration STALE = Duration.ofMinutes(10);

    private final DataSource dataSource;

    MatchQueue(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Puts a player in the queue; a player who is in it already (another tab) is refused. */
    @Transactional
    void enqueue(Seeker seeker, String node) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("select 1 from battle_queue where player_key = ?")) {
                s.setString(1, seeker.playerKey());
                try (ResultSet r = s.executeQuery()) {
                    if (r.next()) {
                        throw new ConflictException("you are searching for a battle already (in another tab?)");
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("insert into battle_queue (player_key, ticket, nickname,"
                    + " topic, rating, node, enqueued_at) values (?, ?, ?, ?, ?, ?, ?)")) {
                s.setString(1, seeker.playerKey());
                s.setString(2, seeker.ticket());
                s.setString(3, seeker.nickname());
                s.setString(4, seeker.topic());
                s.setDouble(5, seeker.rating());
                s.setString(6, node);
                s.setTimestamp(7, Timestamp.from(seeker.since()));
                s.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("queueing " + seeker.playerKey() + " failed", e);
        }
    }

    @Transactional
    void cancel(String ticket) {
        update("delete from battle_queue where ticket = ?", ticket);
    }

    /** Everything this node queued: it is stopping, and its sockets go with it. */
    @Transactional
    void cancelNode(String node) {
        update("delete from battle_queue where node = ?", node);
    }

    private void update(String sql, String key) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, key);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("updating the battle queue failed", e);
        }
    }

    /** The battles found for this node's tickets since the last look; their rows leave the queue. */
    @Transactional
    Map<String, String> takeMatches(String node) {
        Map<String, String> out = new HashMap<>();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("select ticket, matched_battle from battle_queue"
                    + " where node = ? and matched_battle is not null for update")) {
                s.setString(1, node);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.put(r.getString(1), r.getString(2));
                    }
                }
            }
            for (String ticket : out.keySet()) {
                try (PreparedStatement s = c.prepareStatement("delete from battle_queue where ticket = ?")) {
                    s.setString(1, ticket);
                    s.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading matches failed", e);
        }
        return out;
    }

    /**
     * One matching round, unless another node is running one: {@code match} sees every waiting seeker and returns
     * the battle each matched ticket goes to.
     */
    @Transactional
    void round(Instant now, Function<List<Seeker>, Map<String, String>> match) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s =
                    c.prepareStatement("select id from battle_matcher where id = 1 for update skip locked")) {
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        return; // another node's round
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("delete from battle_queue where enqueued_at < ?")) {
                s.setTimestamp(1, Timestamp.from(now.minus(STALE)));
                s.executeUpdate();
            }
            List<Seeker> waiting = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("select ticket, player_key, nickname, topic, rating,"
                    + " enqueued_at from battle_queue where matched_battle is null order by enqueued_at for update")) {
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        waiting.add(new Seeker(
                                r.getString(1),
                                r.getString(2),
                                r.getString(3),
                                r.getString(4),
                                r.getDouble(5),
                                r.getTimestamp(6).toInstant()));
                    }
                }
            }
            if (waiting.isEmpty()) {
                return;
            }
            Map<String, String> matched = match.apply(waiting);
            try (PreparedStatement s =
                    c.prepareStatement("update battle_queue set matched_battle = ? where ticket = ?")) {
                for (Map.Entry<String, String> m : matched.entrySet()) {
                    s.setString(1, m.getValue());
                    s.setString(2, m.getKey());
                    s.addBatch();
                }
                s.executeBatch();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("a matching round failed", e);
        }
    }
}
