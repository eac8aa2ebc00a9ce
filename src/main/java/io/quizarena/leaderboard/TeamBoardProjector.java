package io.quizarena.leaderboard;

import io.quizarena.events.PlayerScored;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * The teams board: a team's points are the mean of its members' points over all their games (the sum over member
 * games, divided by their number), so the number of members does not decide the board. The sums live in
 * {@code team_total}; the board entry carries the mean. Teams are few, so the board ranks by counting.
 */
final class TeamBoardProjector {

    /** What a batch adds to one team. */
    private static final class Add {
        String name;
        long points;
        int correct;
        int memberGames;
    }

    private final Map<String, Add> adds = new TreeMap<>(); // key order: rows are locked in that order

    void collect(PlayerScored e) {
        if (e.team() == null || e.team().isBlank()) {
            return;
        }
        Add add = adds.computeIfAbsent(Boards.teamKey(e.team()), k -> new Add());
        add.name = e.team().strip();
        add.points += e.points();
        add.correct += e.correctCount();
        add.memberGames++;
    }

    boolean isEmpty() {
        return adds.isEmpty();
    }

    void apply(Connection c) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        for (Map.Entry<String, Add> entry : adds.entrySet()) {
            String team = entry.getKey();
            Add add = entry.getValue();
            long sum = add.points;
            int games = add.memberGames;
            try (PreparedStatement s =
                    c.prepareStatement("select points_sum, member_games from team_total where team = ? for update")) {
                s.setString(1, team);
                try (ResultSet r = s.executeQuery()) {
                    if (r.next()) {
                        sum += r.getLong(1);
                        games += r.getInt(2);
                    }
                }
            }
            upsert(
                    c,
                    "update team_total set points_sum = ?, member_games = ? where team = ?",
                    "insert into team_total (points_sum, member_games, team) values (?, ?, ?)",
                    sum,
                    games,
                    team);
            long mean = Math.round((double) sum / games);
            try (PreparedStatement update = c.prepareStatement("update board_entry set display_name = ?, points = ?,"
                    + " correct = correct + ?, games = ?, updated_at = ? where board = ? and entrant = ?")) {
                update.setString(1, truncate(add.name));
                update.setLong(2, mean);
                update.setInt(3, add.correct);
                update.setInt(4, games);
                update.setTimestamp(5, now);
                update.setString(6, Boards.TEAMS);
                update.setString(7, team);
                if (update.executeUpdate() == 1) {
                    continue;
                }
            }
            try (PreparedStatement insert = c.prepareStatement("insert into board_entry (board, entrant, display_name,"
                    + " points, correct, games, updated_at) values (?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, Boards.TEAMS);
                insert.setString(2, team);
                insert.setString(3, truncate(add.name));
                insert.setLong(4, mean);
                insert.setInt(5, add.correct);
                insert.setInt(6, games);
                insert.setTimestamp(7, now);
                insert.executeUpdate();
            }
        }
    }

    private static void upsert(Connection c, String update, String insert, long sum, int games, String team)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(update)) {
            s.setLong(1, sum);
            s.setInt(2, games);
            s.setString(3, team);
            if (s.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement s = c.prepareStatement(insert)) {
            s.setLong(1, sum);
            s.setInt(2, games);
            s.setString(3, team);
            s.executeUpdate();
        }
    }

    private static String truncate(String name) {
        return name.length() <= 60 ? name : name.substring(0, 60);
    }
}
