package io.quizarena.leaderboard;

import io.quizarena.events.BattleFinished;
import io.quizarena.events.BattleFinished.Side;
import io.quizarena.scoring.Glicko2;
import io.quizarena.scoring.Glicko2.Rating;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Projects {@link BattleFinished} events into Glicko-2 ratings (docs/adr/0008), on the connection and in the
 * transaction of the batch that records the events as processed, so a replayed event moves nothing.
 *
 * <p>Every battle is its own rating period for its two players; before it, an idle player's deviation widens by one
 * period per whole day since their last rated battle. A ghost's owner is not rated. Only the first three battles of
 * a pair in a UTC day move their ratings. The player who stayed wins a forfeit, so a forfeit never lowers their
 * rating.
 */
@ApplicationScoped
class RatingProjector {

    static final String GLOBAL = "global";
    static final int DAILY_PAIR_CAP = 3;

    private final Glicko2 glicko = new Glicko2(0.5);

    /** The scopes a battle rates, each of which becomes a ratings board. */
    static List<String> scopes(String topic) {
        return "mixed".equals(topic) ? List.of(GLOBAL) : List.of(GLOBAL, "topic-" + topic);
    }

    /** Projects the battles; returns the ratings boards that changed. */
    Set<String> project(Connection c, List<BattleFinished> battles) throws SQLException {
        Set<String> boards = new TreeSet<>();
        List<BattleFinished> inOrder = new ArrayList<>(battles);
        inOrder.sort(Comparator.comparing(BattleFinished::occurredAt));
        for (BattleFinished b : inOrder) {
            if (b.aborted() || b.sides().size() != 2) {
                continue;
            }
            boolean counted = withinDailyCap(c, b);
            for (String scope : scopes(b.topic())) {
                rate(c, b, scope, counted);
                boards.add("ratings-" + scope);
            }
        }
        return boards;
    }

    private void rate(Connection c, BattleFinished b, String scope, boolean counted) throws SQLException {
        Side first = b.sides().get(0);
        Side second = b.sides().get(1);
        Rating[] before = {
            current(c, first.playerKey(), scope, b.occurredAt()), current(c, second.playerKey(), scope, b.occurredAt())
        };
        for (int i = 0; i < 2; i++) {
            Side me = b.sides().get(i);
            if (me.ghost()) {
                continue; // a replayed run: its owner was not there
            }
            Rating mine = before[i];
            Rating after =
                    counted ? glicko.update(mine, List.of(new Glicko2.Game(before[1 - i], score(me.outcome())))) : mine;
            store(c, me, scope, after, b.occurredAt(), counted);
            try (PreparedStatement s = c.prepareStatement(
                    "insert into rating_change (battle_id, player_key, scope,"
                            + " rating_before, rating_after, deviation_after, counted, reason) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
                s.setString(1, b.battleId());
                s.setString(2, me.playerKey());
                s.setString(3, scope);
                s.setDouble(4, mine.rating());
                s.setDouble(5, after.rating());
                s.setDouble(6, after.deviation());
                s.setBoolean(7, counted);
                s.setString(8, counted ? null : "daily_pair_cap");
                s.executeUpdate();
            }
        }
    }

    private static double score(String outcome) {
        return switch (outcome) {
            case "WIN" -> 1;
            case "DRAW" -> 0.5;
            default -> 0;
        };
    }

    /** The player's rating in a scope as of {@code at}: widened by the days they did not battle, or a new one. */
    private Rating current(Connection c, String playerKey, String scope, Instant at) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("select rating, deviation, volatility, rated_at from player_rating"
                        + " where player_key = ? and scope = ? for update")) {
            s.setString(1, playerKey);
            s.setString(2, scope);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Rating.INITIAL;
                }
                Rating stored = new Rating(r.getDouble(1), r.getDouble(2), r.getDouble(3));
                long idleDays = Math.max(
                        0, Duration.between(r.getTimestamp(4).toInstant(), at).toDays());
                return glicko.idle(stored, (int) Math.min(idleDays, 10_000));
            }
        }
    }

    private static void store(Connection c, Side side, String scope, Rating rating, Instant at, boolean counted)
            throws SQLException {
        try (PreparedStatement update = c.prepareStatement(
                "update player_rating set display_name = ?, rating = ?,"
                        + " deviation = ?, volatility = ?, battles = battles + ?, rated_at = ? where player_key = ? and scope = ?")) {
            update.setString(1, truncate(side.nickname()));
            update.setDouble(2, rating.rating());
            update.setDouble(3, rating.deviation());
            update.setDouble(4, rating.volatility());
            update.setInt(5, counted ? 1 : 0);
            update.setTimestamp(6, Timestamp.from(at));
            update.setString(7, side.playerKey());
            update.setString(8, scope);
            if (update.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement insert = c.prepareStatement("insert into player_rating (player_key, scope, display_name,"
                + " rating, deviation, volatility, battles, rated_at) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, side.playerKey());
            insert.setString(2, scope);
            insert.setString(3, truncate(side.nickname()));
            insert.setDouble(4, rating.rating());
            insert.setDouble(5, rating.deviation());
            insert.setDouble(6, rating.volatility());
            insert.setInt(7, counted ? 1 : 0);
            insert.setTimestamp(8, Timestamp.from(at));
            insert.executeUpdate();
        }
    }

    /** Counts the battle for its pair and day; true while the pair is within its daily cap. */
    private static boolean withinDailyCap(Connection c, BattleFinished b) throws SQLException {
        String pair = b.sides().stream()
                .map(Side::playerKey)
                .sorted()
                .reduce((x, y) -> x + "|" + y)
                .orElseThrow();
        Date day = Date.valueOf(b.occurredAt().atZone(ZoneOffset.UTC).toLocalDate());
        int before = 0;
        try (PreparedStatement s =
                c.prepareStatement("select battles from rating_pair_day where pair = ? and played_on = ? for update")) {
            s.setString(1, pair);
            s.setDate(2, day);
            try (ResultSet r = s.executeQuery()) {
                if (r.next()) {
                    before = r.getInt(1);
                }
            }
        }
        String sql = before == 0
                ? "insert into rating_pair_day (battles, pair, played_on) values (?, ?, ?)"
                : "update rating_pair_day set battles = ? where pair = ? and played_on = ?";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setInt(1, before + 1);
            s.setString(2, pair);
            s.setDate(3, day);
            s.executeUpdate();
        }
        return before < DAILY_PAIR_CAP;
    }

    private static String truncate(String name) {
        return name.length() <= 40 ? name : name.substring(0, 40);
    }
}
