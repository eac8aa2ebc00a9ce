package io.quizarena.leaderboard;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * Reads boards. Ranks are competition ranks (ties share a rank: 1, 2, 2, 4): an entry's rank is 1 + the number of
 * entries with more points, which is read from the counter tables rather than counted row by row.
 */
@ApplicationScoped
public class LeaderboardQueries {

    private static final String COLUMNS = "entrant, display_name, points, correct, games";
    private final DataSource dataSource;

    LeaderboardQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * One entry with its rank.
     *
     * @param tag null, or a short mark from a hash of the entrant that tells this entry apart from others read with it
     *     under the same name (shown as "Ada #3f2a"; {@link NameTags})
     */
    public record Row(long rank, String entrant, String name, long points, int correct, int games, String tag) {

        /** The name as shown: with its tag when it has one. */
        public String label() {
            return tag == null ? name : name + " #" + tag;
        }

        Row withTag(String newTag) {
            return new Row(rank, entrant, name, points, correct, games, newTag);
        }
    }

    /** A page of a board, best first; {@code entrants} is the size of the whole board. */
    public record BoardPage(String board, long entrants, int offset, List<Row> rows) {}

    /** An entrant with up to n entries right above and right below, all with ranks, best first. */
    public record Neighbourhood(String board, Row entrant, List<Row> above, List<Row> below) {}

    public BoardPage page(String board, int limit, int offset) {
        try (Connection c = dataSource.getConnection()) {
            List<Row> unranked = rows(
                    c,
                    "select " + COLUMNS + " from board_entry where board = ? order by points desc, entrant" + " offset "
                            + offset + " rows fetch next " + limit + " rows only",
                    board);
            List<Row> rows = new ArrayList<>(unranked.size());
            for (int i = 0; i < unranked.size(); i++) {
                Row r = unranked.get(i);
                long rank;
                if (i == 0 && offset == 0) {
                    rank = 1; // nobody has more points than the first entry
                } else if (i == 0) {
                    rank = ranks(c, board, Set.of(r.points())).get(r.points());
                } else if (r.points() == unranked.get(i - 1).points()) {
                    rank = rows.get(i - 1).rank();
                } else {
                    rank = offset + i + 1; // first of its points value: everyone before it has more points
                }
                rows.add(ranked(r, rank));
            }
            return new BoardPage(board, size(c, board), offset, NameTags.tagged(rows));
        } catch (SQLException e) {
            throw new IllegalStateException("reading board " + board + " failed", e);
        }
    }

    public Optional<Neighbourhood> around(String board, String entrant, int neighbours) {
        return around(board, entrant, neighbours, LeaderboardQueries::ranks);
    }

    /**
     * The same answer with every rank counted entry by entry ({@code count(*)} of higher points): the naive way, kept
     * as the baseline of load-tests/leaderboard and as the tests' oracle.
     */
    Optional<Neighbourhood> aroundCountingEveryEntry(String board, String entrant, int neighbours) {
        return around(board, entrant, neighbours, LeaderboardQueries::countedOneByOne);
    }

    /** How ranks are found, for several points values at once: from the counter tables, or by counting. */
    @FunctionalInterface
    private interface RanksOf {
        Map<Long, Long> ranks(Connection c, String board, Set<Long> points) throws SQLException;
    }

    private Optional<Neighbourhood> around(String board, String entrant, int neighbours, RanksOf ranksOf) {
        try (Connection c = dataSource.getConnection()) {
            List<Row> me =
                    rows(c, "select " + COLUMNS + " from board_entry where board = ? and entrant = ?", board, entrant);
            if (me.isEmpty()) {
                return Optional.empty();
            }
            Row self = me.get(0);
            long p = self.points();
            // each part is one range of the (board, points desc, entrant) index
            List<Row> above = new ArrayList<>(rows(
                    c,
                    "select " + COLUMNS + " from board_entry where board = ? and"
                            + " points = ? and entrant < ? order by entrant desc fetch first " + neighbours
                            + " rows only",
                    board,
                    p,
                    entrant));
            if (above.size() < neighbours) {
                above.addAll(rows(
                        c,
                        "select " + COLUMNS + " from board_entry where board = ? and points > ?"
                                + " order by points, entrant desc fetch first " + (neighbours - above.size())
                                + " rows only",
                        board,
                        p));
            }
            Collections.reverse(above);
            List<Row> below = new ArrayList<>(rows(
                    c,
                    "select " + COLUMNS + " from board_entry where board = ? and"
                            + " points = ? and entrant > ? order by entrant fetch first " + neighbours + " rows only",
                    board,
                    p,
                    entrant));
            if (below.size() < neighbours) {
                below.addAll(rows(
                        c,
                        "select " + COLUMNS + " from board_entry where board = ? and points < ?"
                                + " order by points desc, entrant fetch first " + (neighbours - below.size())
                                + " rows only",
                        board,
                        p));
            }
            Set<Long> values = new TreeSet<>();
            values.add(p);
            above.forEach(r -> values.add(r.points()));
            below.forEach(r -> values.add(r.points()));
            Map<Long, Long> ranks = ranksOf.ranks(c, board, values);
            // tagged together: the names shown side by side are the ones a reader must tell apart
            List<Row> all = new ArrayList<>(above);
            all.add(self);
            all.addAll(below);
            List<Row> shown = NameTags.tagged(
                    all.stream().map(r -> ranked(r, ranks.get(r.points()))).toList());
            return Optional.of(new Neighbourhood(
                    board,
                    shown.get(above.size()),
                    List.copyOf(shown.subList(0, above.size())),
                    List.copyOf(shown.subList(above.size() + 1, shown.size()))));
        } catch (SQLException e) {
            throw new IllegalStateException("reading board " + board + " failed", e);
        }
    }

    /**
     * The ranks entries with these points values have, in one statement. Counted boards: 1 + entrants in higher blocks
     * + entrants higher in the value's own block, from the counter tables. Other boards are small enough to count.
     */
    static Map<Long, Long> ranks(Connection c, String board, Set<Long> values) throws SQLException {
        if (!Boards.isCounted(board)) {
            return countedOneByOne(c, board, values);
        }
        Long[] points = values.toArray(Long[]::new);
        Long[] blocks = values.stream()
                .map(v -> Math.floorDiv(v, LeaderboardProjector.BLOCK))
                .toArray(Long[]::new);
        Map<Long, Long> ranks = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("select u.p,"
                + " (select coalesce(sum(entrants), 0) from board_block where board = ? and block > u.b)"
                + " + (select coalesce(sum(entrants), 0) from board_points where board = ? and points > u.p"
                + " and points < (u.b + 1) * " + LeaderboardProjector.BLOCK + ")"
                + " from unnest(?, ?) as u (p, b)")) {
            s.setString(1, board);
            s.setString(2, board);
            s.setArray(3, c.createArrayOf("bigint", points));
            s.setArray(4, c.createArrayOf("bigint", blocks));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ranks.put(r.getLong(1), 1 + r.getLong(2));
                }
            }
        }
        return ranks;
    }

    /** The rank the naive way, counting every entry above: the baseline the benchmark compares against. */
    public long rankByCounting(String board, long points) {
        try (Connection c = dataSource.getConnection()) {
            return countHigher(c, board, points);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<Long, Long> countedOneByOne(Connection c, String board, Set<Long> values) throws SQLException {
        Map<Long, Long> ranks = new HashMap<>();
        for (long v : values) {
            ranks.put(v, countHigher(c, board, v));
        }
        return ranks;
    }

    private static long countHigher(Connection c, String board, long points) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("select count(*) from board_entry where board = ? and points > ?")) {
            s.setString(1, board);
            s.setLong(2, points);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return 1 + r.getLong(1);
            }
        }
    }

    private long size(Connection c, String board) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                Boards.isCounted(board)
                        ? "select coalesce(sum(entrants), 0) from board_block where board = ?"
                        : "select count(*) from board_entry where board = ?")) {
            s.setString(1, board);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static Row ranked(Row r, long rank) {
        return new Row(rank, r.entrant(), r.name(), r.points(), r.correct(), r.games(), r.tag());
    }

    private static List<Row> rows(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                List<Row> rows = new ArrayList<>();
                while (r.next()) {
                    rows.add(new Row(0, r.getString(1), r.getString(2), r.getLong(3), r.getInt(4), r.getInt(5), null));
                }
                return rows;
            }
        }
    }
}
