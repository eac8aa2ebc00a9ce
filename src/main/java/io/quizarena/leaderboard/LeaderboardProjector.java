package io.quizarena.leaderboard;

import io.quizarena.events.BattleFinished;
import io.quizarena.events.PlayerScored;
import io.quizarena.events.PlayerScored.TopicScore;
import io.quizarena.events.ScoreEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * Projects score events into the boards, one transaction per batch. Idempotent: the ids of projected events are
 * written in the same transaction, and an event whose id is already there changes nothing. Rows are touched in key
 * order, so two nodes projecting at once wait for each other instead of deadlocking (and if the database still
 * reports a conflict, the consumer retries the whole batch).
 */
@ApplicationScoped
class LeaderboardProjector {

    /** Points values per block in {@code board_block}; see {@link LeaderboardQueries#rank}. */
    static final long BLOCK = 1000;

    private static final int IN_LIST = 500;
    private final DataSource dataSource;
    private final LeaderboardConfig config;
    private final RatingProjector ratings;

    LeaderboardProjector(DataSource dataSource, LeaderboardConfig config, RatingProjector ratings) {
        this.dataSource = dataSource;
        this.config = config;
        this.ratings = ratings;
    }

    /** What a batch did: the boards that changed, and how many events had been projected before. */
    record Projection(Set<String> boards, int duplicates) {}

    /** Projects the events not projected before. */
    @Transactional
    Projection project(List<ScoreEvent> events) {
        try (Connection c = dataSource.getConnection()) {
            List<ScoreEvent> fresh = unseen(c, events);
            if (fresh.isEmpty()) {
                return new Projection(Set.of(), events.size());
            }
            markProcessed(c, fresh);
            Map<EntryKey, Change> changes = new TreeMap<>();
            TeamBoardProjector teams = new TeamBoardProjector();
            List<BattleFinished> battles = new ArrayList<>();
            for (ScoreEvent event : fresh) {
                if (event instanceof PlayerScored scored) {
                    collect(scored, changes);
                    teams.collect(scored);
                } else if (event instanceof BattleFinished battle) {
                    battles.add(battle);
                }
            }
            apply(c, changes);
            Set<String> boards = new TreeSet<>();
            changes.keySet().forEach(k -> boards.add(k.board()));
            if (!teams.isEmpty()) {
                teams.apply(c);
                boards.add(Boards.TEAMS);
            }
            boards.addAll(ratings.project(c, battles));
            return new Projection(boards, events.size() - fresh.size());
        } catch (SQLException e) {
            throw new IllegalStateException("projecting " + events.size() + " score events failed", e);
        }
    }

    private record EntryKey(String board, String entrant) implements Comparable<EntryKey> {
        @Override
        public int compareTo(EntryKey o) {
            int b = board.compareTo(o.board);
            return b != 0 ? b : entrant.compareTo(o.entrant);
        }
    }

    /** What a batch adds to one entry. */
    private static final class Change {
        String name;
        long points;
        int correct;
        int games;

        void add(String name, long points, int correct, int games) {
            this.name = name;
            this.points += points;
            this.correct += correct;
            this.games += games;
        }
    }

    private void collect(PlayerScored e, Map<EntryKey, Change> changes) {
        String player = e.playerKey();
        String nick = e.nickname();
        add(changes, Boards.game(e.gameId()), player, nick, e.points(), e.correctCount());
        add(changes, Boards.GLOBAL, player, nick, e.points(), e.correctCount());
        add(changes, Boards.week(e.occurredAt(), config.weekZone()), player, nick, e.points(), e.correctCount());
        for (TopicScore t : e.topics()) {
            add(changes, Boards.topic(t.topic()), player, nick, t.points(), t.correct());
        }
        if (e.team() != null && !e.team().isBlank()) {
            add(changes, Boards.team(e.team()), player, nick, e.points(), e.correctCount());
        }
    }

    private static void add(
            Map<EntryKey, Change> changes, String board, String entrant, String name, long points, int correct) {
        changes.computeIfAbsent(new EntryKey(board, entrant), k -> new Change()).add(name, points, correct, 1);
    }

    /** The events whose ids are not in processed_event, each id once: one statement, the ids as an array. */
    private List<ScoreEvent> unseen(Connection c, List<ScoreEvent> events) throws SQLException {
        Map<String, ScoreEvent> byId = new LinkedHashMap<>();
        for (ScoreEvent e : events) {
            byId.putIfAbsent(e.eventId(), e);
        }
        try (PreparedStatement s = c.prepareStatement("select event_id from processed_event"
                + " join unnest(?) as u (id) on u.id = processed_event.event_id")) {
            s.setArray(1, c.createArrayOf("varchar", byId.keySet().toArray(String[]::new)));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    byId.remove(r.getString(1));
                }
            }
        }
        return new ArrayList<>(byId.values());
    }

    private void markProcessed(Connection c, List<ScoreEvent> fresh) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "insert into processed_event (event_id, processed_at)" + " select id, ? from unnest(?) as u (id)")) {
            s.setTimestamp(1, Timestamp.from(Instant.now()));
            s.setArray(
                    2,
                    c.createArrayOf(
                            "varchar", fresh.stream().map(ScoreEvent::eventId).toArray(String[]::new)));
            s.executeUpdate();
        }
    }

    private record Current(long points, int correct, int games) {}

    /** A counter row: how many entrants of a board hold a points value (or a block of values). */
    private record CountKey(String board, long value) implements Comparable<CountKey> {
        @Override
        public int compareTo(CountKey o) {
            int b = board.compareTo(o.board);
            return b != 0 ? b : Long.compare(value, o.value);
        }
    }

    /**
     * Adds the changes to the entries and keeps the counters in step. Every change is an addition: a cumulative board
     * adds a game to the total, and a game board gets each player once (a second copy of the event never gets here).
     */
    private void apply(Connection c, Map<EntryKey, Change> changes) throws SQLException {
        boolean postgres = isPostgres(c);
        Map<EntryKey, Long> previous = postgres ? upsertEntriesPostgres(c, changes) : upsertEntriesPortable(c, changes);
        Map<CountKey, Integer> pointCounts = new TreeMap<>();
        Map<CountKey, Integer> blockCounts = new TreeMap<>();
        for (Map.Entry<EntryKey, Change> e : changes.entrySet()) {
            String board = e.getKey().board();
            if (!Boards.isCounted(board)) {
                continue;
            }
            Long was = previous.get(e.getKey());
            if (was != null) {
                count(pointCounts, blockCounts, board, was, -1);
            }
            count(pointCounts, blockCounts, board, (was == null ? 0 : was) + e.getValue().points, +1);
        }
        if (postgres) {
            adjustCountsPostgres(c, "board_points", "points", pointCounts);
            adjustCountsPostgres(c, "board_block", "block", blockCounts);
        } else {
            adjustCounts(c, "board_points", "points", pointCounts);
            adjustCounts(c, "board_block", "block", blockCounts);
        }
    }

    private volatile Boolean postgres;

    private boolean isPostgres(Connection c) throws SQLException {
        if (postgres == null) {
            postgres = c.getMetaData().getDatabaseProductName().equals("PostgreSQL");
        }
        return postgres;
    }

    /**
     * PostgreSQL: every entry of the batch in one statement (arrays in, upsert, rows out), whatever the batch size.
     * Returns the points each existing entry had before; new entries are absent.
     */
    private static Map<EntryKey, Long> upsertEntriesPostgres(Connection c, Map<EntryKey, Change> changes)
            throws SQLException {
        int n = changes.size();
        String[] boards = new String[n];
        String[] entrants = new String[n];
        String[] names = new String[n];
        Long[] points = new Long[n];
        Integer[] correct = new Integer[n];
        Integer[] games = new Integer[n];
        int i = 0;
        for (Map.Entry<EntryKey, Change> e : changes.entrySet()) { // key order: rows are locked in that order
            boards[i] = e.getKey().board();
            entrants[i] = e.getKey().entrant();
            names[i] = truncate(e.getValue().name, 60);
            points[i] = e.getValue().points;
            correct[i] = e.getValue().correct;
            games[i] = e.getValue().games;
            i++;
        }
        Map<EntryKey, Long> previous = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("insert into board_entry (board, entrant, display_name, points,"
                + " correct, games, updated_at) select b, e, n, p, k, g, now() from unnest(?::varchar[], ?::varchar[],"
                + " ?::varchar[], ?::bigint[], ?::int[], ?::int[]) as u (b, e, n, p, k, g)"
                + " on conflict (board, entrant) do update set display_name = excluded.display_name,"
                + " points = board_entry.points + excluded.points, correct = board_entry.correct + excluded.correct,"
                + " games = board_entry.games + excluded.games, updated_at = excluded.updated_at"
                + " returning board, entrant, points, (xmax = 0) as inserted")) {
            s.setArray(1, c.createArrayOf("varchar", boards));
            s.setArray(2, c.createArrayOf("varchar", entrants));
            s.setArray(3, c.createArrayOf("varchar", names));
            s.setArray(4, c.createArrayOf("bigint", points));
            s.setArray(5, c.createArrayOf("int4", correct));
            s.setArray(6, c.createArrayOf("int4", games));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    if (!r.getBoolean(4)) {
                        EntryKey key = new EntryKey(r.getString(1), r.getString(2));
                        previous.put(key, r.getLong(3) - changes.get(key).points);
                    }
                }
            }
        }
        return previous;
    }

    /** Any database (H2 in dev and tests): lock what exists, then batched inserts and updates. */
    private Map<EntryKey, Long> upsertEntriesPortable(Connection c, Map<EntryKey, Change> changes) throws SQLException {
        Map<EntryKey, Current> current = lockCurrent(c, changes.keySet());
        Map<EntryKey, Long> previous = new HashMap<>();
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement insert = c.prepareStatement("insert into board_entry (board, entrant, display_name,"
                        + " points, correct, games, updated_at) values (?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement update = c.prepareStatement("update board_entry set display_name = ?, points = ?,"
                        + " correct = ?, games = ?, updated_at = ? where board = ? and entrant = ?")) {
            for (Map.Entry<EntryKey, Change> e : changes.entrySet()) {
                EntryKey key = e.getKey();
                Change change = e.getValue();
                Current was = current.get(key);
                String name = truncate(change.name, 60);
                if (was == null) {
                    insert.setString(1, key.board());
                    insert.setString(2, key.entrant());
                    insert.setString(3, name);
                    insert.setLong(4, change.points);
                    insert.setInt(5, change.correct);
                    insert.setInt(6, change.games);
                    insert.setTimestamp(7, now);
                    insert.addBatch();
                } else {
                    previous.put(key, was.points());
                    update.setString(1, name);
                    update.setLong(2, was.points() + change.points);
                    update.setInt(3, was.correct() + change.correct);
                    update.setInt(4, was.games() + change.games);
                    update.setTimestamp(5, now);
                    update.setString(6, key.board());
                    update.setString(7, key.entrant());
                    update.addBatch();
                }
            }
            insert.executeBatch();
            update.executeBatch();
        }
        return previous;
    }

    /** PostgreSQL: every counter change of the batch in one upsert. */
    private static void adjustCountsPostgres(Connection c, String table, String column, Map<CountKey, Integer> deltas)
            throws SQLException {
        List<Map.Entry<CountKey, Integer>> nonZero =
                deltas.entrySet().stream().filter(e -> e.getValue() != 0).toList();
        if (nonZero.isEmpty()) {
            return;
        }
        String[] boards = new String[nonZero.size()];
        Long[] values = new Long[nonZero.size()];
        Integer[] counts = new Integer[nonZero.size()];
        for (int i = 0; i < nonZero.size(); i++) {
            boards[i] = nonZero.get(i).getKey().board();
            values[i] = nonZero.get(i).getKey().value();
            counts[i] = nonZero.get(i).getValue();
        }
        try (PreparedStatement s = c.prepareStatement("insert into " + table + " (board, " + column + ", entrants)"
                + " select * from unnest(?::varchar[], ?::bigint[], ?::int[])"
                + " on conflict (board, " + column + ") do update set entrants = " + table + ".entrants"
                + " + excluded.entrants")) {
            s.setArray(1, c.createArrayOf("varchar", boards));
            s.setArray(2, c.createArrayOf("bigint", values));
            s.setArray(3, c.createArrayOf("int4", counts));
            s.executeUpdate();
        }
    }

    private static void count(
            Map<CountKey, Integer> points, Map<CountKey, Integer> blocks, String board, long value, int delta) {
        points.merge(new CountKey(board, value), delta, Integer::sum);
        blocks.merge(new CountKey(board, Math.floorDiv(value, BLOCK)), delta, Integer::sum);
    }

    /** Locks the entries that exist (in key order) and returns what they hold now. */
    private Map<EntryKey, Current> lockCurrent(Connection c, Set<EntryKey> keys) throws SQLException {
        Map<String, List<String>> byBoard = new TreeMap<>();
        keys.forEach(
                k -> byBoard.computeIfAbsent(k.board(), b -> new ArrayList<>()).add(k.entrant()));
        Map<EntryKey, Current> current = new TreeMap<>();
        for (Map.Entry<String, List<String>> board : byBoard.entrySet()) {
            List<String> entrants = board.getValue();
            Collections.sort(entrants);
            for (int from = 0; from < entrants.size(); from += IN_LIST) {
                List<String> chunk = entrants.subList(from, Math.min(entrants.size(), from + IN_LIST));
                try (PreparedStatement s = c.prepareStatement(
                        "select entrant, points, correct, games from board_entry" + " where board = ? and entrant in ("
                                + marks(chunk.size()) + ") order by entrant for update")) {
                    s.setString(1, board.getKey());
                    for (int i = 0; i < chunk.size(); i++) {
                        s.setString(i + 2, chunk.get(i));
                    }
                    try (ResultSet r = s.executeQuery()) {
                        while (r.next()) {
                            current.put(
                                    new EntryKey(board.getKey(), r.getString(1)),
                                    new Current(r.getLong(2), r.getInt(3), r.getInt(4)));
                        }
                    }
                }
            }
        }
        return current;
    }

    /** Adds the deltas to the counter rows, creating the rows that do not exist yet. */
    private static void adjustCounts(Connection c, String table, String column, Map<CountKey, Integer> deltas)
            throws SQLException {
        List<Map.Entry<CountKey, Integer>> nonZero =
                deltas.entrySet().stream().filter(e -> e.getValue() != 0).toList();
        if (nonZero.isEmpty()) {
            return;
        }
        int[] updated;
        try (PreparedStatement s = c.prepareStatement(
                "update " + table + " set entrants = entrants + ? where board = ?" + " and " + column + " = ?")) {
            for (Map.Entry<CountKey, Integer> e : nonZero) {
                s.setInt(1, e.getValue());
                s.setString(2, e.getKey().board());
                s.setLong(3, e.getKey().value());
                s.addBatch();
            }
            updated = s.executeBatch();
        }
        try (PreparedStatement s =
                c.prepareStatement("insert into " + table + " (board, " + column + ", entrants) values (?, ?, ?)")) {
            boolean any = false;
            for (int i = 0; i < nonZero.size(); i++) {
                if (updated[i] == 0) {
                    Map.Entry<CountKey, Integer> e = nonZero.get(i);
                    s.setString(1, e.getKey().board());
                    s.setLong(2, e.getKey().value());
                    s.setInt(3, e.getValue());
                    s.addBatch();
                    any = true;
                }
            }
            if (any) {
                s.executeBatch();
            }
        }
    }

    private static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    private static String truncate(String s, int max) {
        return s == null ? "" : s.length() <= max ? s : s.substring(0, max);
    }
}
