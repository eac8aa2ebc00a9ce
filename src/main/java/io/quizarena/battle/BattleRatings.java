package io.quizarena.battle;

import io.quizarena.scoring.Glicko2.Rating;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Reads what the ratings projection wrote: a player's rating, a battle's rating changes, boards and histories. */
@ApplicationScoped
public class BattleRatings {

    /** One line of a ratings board. {@code rank} is 0 for provisional players, who are listed apart. */
    public record Entry(
            int rank,
            String playerKey,
            String nickname,
            long rating,
            long deviation,
            int battles,
            boolean provisional) {}

    /** A ratings board: established players ranked, then the best provisional ones, marked and unranked. */
    public record Board(String scope, List<Entry> ranked, List<Entry> provisional) {}

    /** One battle in a player's history. */
    public record PastBattle(
            String battleId,
            String kind,
            String topic,
            Instant endedAt,
            String opponent,
            boolean opponentGhost,
            int score,
            int opponentScore,
            String outcome,
            boolean forfeited,
            Long ratingBefore,
            Long ratingAfter) {}

    private final DataSource dataSource;

    BattleRatings(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A player's rating in a scope; a player never rated starts from the initial one. */
    @Transactional
    public Rating rating(String playerKey, String scope) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "select rating, deviation, volatility from player_rating where player_key = ? and scope = ?")) {
            s.setString(1, playerKey);
            s.setString(2, scope);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? new Rating(r.getDouble(1), r.getDouble(2), r.getDouble(3)) : Rating.INITIAL;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the rating of " + playerKey + " failed", e);
        }
    }

    /** The global rating changes a battle made, by side; empty until the projection has run. */
    @Transactional
    BattleFrames.RatingChange[] changes(String battleId, String[] sideKeys) {
        BattleFrames.RatingChange[] out = new BattleFrames.RatingChange[2];
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select player_key, rating_before, rating_after,"
                        + " deviation_after, counted from rating_change where battle_id = ? and scope = 'global'")) {
            s.setString(1, battleId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    for (int side = 0; side < 2; side++) {
                        if (r.getString(1).equals(sideKeys[side])) {
                            out[side] = new BattleFrames.RatingChange(
                                    side, r.getDouble(2), r.getDouble(3), r.getDouble(4), r.getBoolean(5));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the rating changes of battle " + battleId + " failed", e);
        }
        return out;
    }

    /** Whether the projection has rated the battle yet. */
    @Transactional
    boolean rated(String battleId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select 1 from processed_event where event_id = ?")) {
            s.setString(1, io.quizarena.events.EventIds.battleFinished(battleId));
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading whether battle " + battleId + " was rated failed", e);
        }
    }

    @Transactional
    public Board board(String scope, int limit) {
        List<Entry> ranked = new ArrayList<>();
        List<Entry> provisional = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement(
                    "select player_key, display_name, rating, deviation, battles"
                            + " from player_rating where scope = ? and deviation <= ? order by rating desc, player_key limit ?")) {
                s.setString(1, scope);
                s.setDouble(2, Rating.PROVISIONAL_DEVIATION);
                s.setInt(3, limit);
                try (ResultSet r = s.executeQuery()) {
                    long previous = Long.MIN_VALUE;
                    int rank = 0;
                    while (r.next()) {
                        long rating = Math.round(r.getDouble(3));
                        rank = rating == previous ? rank : ranked.size() + 1;
                        previous = rating;
                        ranked.add(new Entry(
                                rank,
                                r.getString(1),
                                r.getString(2),
                                rating,
                                Math.round(r.getDouble(4)),
                                r.getInt(5),
                                false));
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement(
                    "select player_key, display_name, rating, deviation, battles"
                            + " from player_rating where scope = ? and deviation > ? order by rating desc, player_key limit ?")) {
                s.setString(1, scope);
                s.setDouble(2, Rating.PROVISIONAL_DEVIATION);
                s.setInt(3, limit);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        provisional.add(new Entry(
                                0,
                                r.getString(1),
                                r.getString(2),
                                Math.round(r.getDouble(3)),
                                Math.round(r.getDouble(4)),
                                r.getInt(5),
                                true));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the ratings board " + scope + " failed", e);
        }
        return new Board(scope, ranked, provisional);
    }

    /** A player's battles, newest first, with their global rating before and after each. */
    @Transactional
    public List<PastBattle> history(String playerKey, int limit) {
        List<PastBattle> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select b.id, b.kind, b.topic, b.ended_at, o.nickname,"
                        + " o.ghost_of, me.score, o.score, me.outcome, me.forfeited, rc.rating_before, rc.rating_after"
                        + " from battle_player me join battle b on b.id = me.battle_id"
                        + " join battle_player o on o.battle_id = me.battle_id and o.side <> me.side"
                        + " left join rating_change rc on rc.battle_id = me.battle_id and rc.player_key = me.player_key"
                        + " and rc.scope = 'global'"
                        + " where me.player_key = ? and me.ghost_of is null and b.status = 'FINISHED'"
                        + " order by b.ended_at desc limit ?")) {
            s.setString(1, playerKey);
            s.setInt(2, limit);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Timestamp ended = r.getTimestamp(4);
                    double before = r.getDouble(11);
                    boolean rated = !r.wasNull();
                    out.add(new PastBattle(
                            r.getString(1),
                            r.getString(2),
                            r.getString(3),
                            ended == null ? null : ended.toInstant(),
                            r.getString(5),
                            r.getString(6) != null,
                            r.getInt(7),
                            r.getInt(8),
                            r.getString(9),
                            r.getBoolean(10),
                            rated ? Math.round(before) : null,
                            rated ? Math.round(r.getDouble(12)) : null));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the battles of " + playerKey + " failed", e);
        }
        return out;
    }
}
