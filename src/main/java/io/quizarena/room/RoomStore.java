package io.quizarena.room;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The {@code room_record} table: who owns each open room, until when, and its latest snapshot. Plain SQL that runs the
 * same on PostgreSQL and on the H2 of dev mode. Ownership changes only by conditional updates, so of two nodes that
 * try to take a room at once, one wins; a node's writes name it as the owner, so a node that lost a room cannot
 * overwrite the new owner's snapshots. Blocking: call it off the event loop and off the rooms' mailboxes.
 */
@ApplicationScoped
class RoomStore {

    /** A room's row, without the snapshot's bytes unless asked for. */
    record Row(
            String pin,
            byte[] plan,
            String ownerNode,
            String ownerUrl,
            long leaseUntil,
            byte[] snapshot,
            String phase,
            boolean locked,
            boolean hostConnected,
            int playerCount) {}

    private static final String UNIQUE_VIOLATION = "23505";

    private final DataSource dataSource;

    RoomStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Records a new room opened by {@code host}; false when the PIN is taken by a room that is still open. */
    boolean insert(String pin, byte[] plan, String host, String node, String url, long leaseUntil) {
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("insert into room_record (pin, plan, host_account, owner_node,"
                        + " owner_url, lease_until, phase, created_at, updated_at)"
                        + " values (?, ?, ?, ?, ?, ?, 'LOBBY', ?, ?)")) {
            s.setString(1, pin);
            s.setBytes(2, plan);
            s.setString(3, host);
            s.setString(4, node);
            s.setString(5, url);
            s.setLong(6, leaseUntil);
            s.setTimestamp(7, now);
            s.setTimestamp(8, now);
            s.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return false;
            }
            throw failed("recording room " + pin, e);
        }
    }

    /**
     * Rooms {@code host} has open on any node, also those released for another node to take over; not those whose owner
     * died before {@code abandonedBefore} (their PIN is free for a new room).
     */
    int openRooms(String host, long abandonedBefore) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select count(*) from room_record where host_account = ?"
                        + " and (lease_until >= ? or owner_node is null)")) {
            s.setString(1, host);
            s.setLong(2, abandonedBefore);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        } catch (SQLException e) {
            throw failed("counting the rooms of " + host, e);
        }
    }

    /** The rooms {@code host} has open on any node (as {@link #openRooms} counts them), newest first, without snapshots. */
    List<Row> openBy(String host, long abandonedBefore) {
        List<Row> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select pin, plan, owner_node, owner_url, lease_until, phase,"
                        + " locked, host_connected, player_count from room_record where host_account = ?"
                        + " and (lease_until >= ? or owner_node is null) order by created_at desc")) {
            s.setString(1, host);
            s.setLong(2, abandonedBefore);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(new Row(
                            r.getString(1),
                            r.getBytes(2),
                            r.getString(3),
                            r.getString(4),
                            r.getLong(5),
                            null,
                            r.getString(6),
                            r.getBoolean(7),
                            r.getBoolean(8),
                            r.getInt(9)));
                }
            }
        } catch (SQLException e) {
            throw failed("listing the rooms of " + host, e);
        }
        return rows;
    }

    Row find(String pin, boolean withSnapshot) {
        String columns = "pin, plan, owner_node, owner_url, lease_until, phase, locked, host_connected, player_count"
                + (withSnapshot ? ", snapshot" : "");
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select " + columns + " from room_record where pin = ?")) {
            s.setString(1, pin);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return null;
                }
                return new Row(
                        r.getString(1),
                        r.getBytes(2),
                        r.getString(3),
                        r.getString(4),
                        r.getLong(5),
                        withSnapshot ? r.getBytes(10) : null,
                        r.getString(6),
                        r.getBoolean(7),
                        r.getBoolean(8),
                        r.getInt(9));
            }
        } catch (SQLException e) {
            throw failed("reading room " + pin, e);
        }
    }

    /** Takes a room whose lease ran out (or that its owner released); true for the one node that wins. */
    boolean claim(String pin, String node, String url, long now, long leaseUntil) {
        return update(
                        "update room_record set owner_node = ?, owner_url = ?, lease_until = ?, updated_at = ?"
                                + " where pin = ? and lease_until < ?",
                        s -> {
                            s.setString(1, node);
                            s.setString(2, url);
                            s.setLong(3, leaseUntil);
                            s.setTimestamp(4, Timestamp.from(Instant.now()));
                            s.setString(5, pin);
                            s.setLong(6, now);
                        },
                        "claiming room " + pin)
                == 1;
    }

    /** Writes the owner's latest snapshot; false when this node no longer owns the room. */
    boolean writeSnapshot(String pin, String node, byte[] snapshot, String phase, boolean locked, boolean host, int n) {
        return update(
                        "update room_record set snapshot = ?, snapshot_version = snapshot_version + 1, phase = ?, locked = ?,"
                                + " host_connected = ?, player_count = ?, updated_at = ? where pin = ? and owner_node = ?",
                        s -> {
                            s.setBytes(1, snapshot);
                            s.setString(2, phase);
                            s.setBoolean(3, locked);
                            s.setBoolean(4, host);
                            s.setInt(5, n);
                            s.setTimestamp(6, Timestamp.from(Instant.now()));
                            s.setString(7, pin);
                            s.setString(8, node);
                        },
                        "writing the snapshot of room " + pin)
                == 1;
    }

    /** Renews every lease this node holds, in one statement; returns the PINs it still owns. */
    Set<String> renew(String node, long leaseUntil) {
        update(
                "update room_record set lease_until = ? where owner_node = ?",
                s -> {
                    s.setLong(1, leaseUntil);
                    s.setString(2, node);
                },
                "renewing leases");
        Set<String> owned = new HashSet<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select pin from room_record where owner_node = ?")) {
            s.setString(1, node);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    owned.add(r.getString(1));
                }
            }
        } catch (SQLException e) {
            throw failed("listing owned rooms", e);
        }
        return owned;
    }

    /** Gives a room up (shutdown): its lease ends now, so the next node to hear of it takes it at once. */
    void release(String pin, String node) {
        update(
                "update room_record set owner_node = null, lease_until = 0 where pin = ? and owner_node = ?",
                s -> {
                    s.setString(1, pin);
                    s.setString(2, node);
                },
                "releasing room " + pin);
    }

    /** The room closed: nothing is left to carry on. */
    void delete(String pin, String node) {
        update(
                "delete from room_record where pin = ? and (owner_node = ? or owner_node is null)",
                s -> {
                    s.setString(1, pin);
                    s.setString(2, node);
                },
                "deleting room " + pin);
    }

    /** Removes a room nobody has held for {@code since} (an owner died and nobody came back); frees its PIN. */
    boolean deleteAbandoned(String pin, long expiredBefore) {
        return update(
                        "delete from room_record where pin = ? and lease_until < ?",
                        s -> {
                            s.setString(1, pin);
                            s.setLong(2, expiredBefore);
                        },
                        "freeing PIN " + pin)
                == 1;
    }

    /** Rooms whose lease ran out: their owner is gone, and a node should take them on. */
    List<String> expired(long now, int limit) {
        List<String> pins = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "select pin from room_record where lease_until < ? order by lease_until limit " + limit)) {
            s.setLong(1, now);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    pins.add(r.getString(1));
                }
            }
        } catch (SQLException e) {
            throw failed("listing expired rooms", e);
        }
        return pins;
    }

    private interface Binder {
        void bind(PreparedStatement s) throws SQLException;
    }

    private int update(String sql, Binder binder, String what) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            binder.bind(s);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw failed(what, e);
        }
    }

    private static IllegalStateException failed(String what, SQLException e) {
        return new IllegalStateException(what + " failed: " + e.getMessage(), e);
    }
}
