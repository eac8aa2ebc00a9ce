package io.quizarena.game;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who is in a game, and how to find them: by id, resume token, nickname and connection. Admission rules (nicknames,
 * teams, cap, lock, kicked names) are checked here; the game decides when admission is open at all.
 */
final class Roster {

    static final int MAX_TEAM_LENGTH = 20;

    private final NicknamePolicy nicknames;
    private final GameIds ids;
    private final Map<String, Player> players = new LinkedHashMap<>();
    private final Map<String, Player> byToken = new HashMap<>();
    private final Map<String, Player> byNickname = new HashMap<>();
    private final Map<Peer, Player> byPeer = new IdentityHashMap<>();
    private final Set<String> bannedNicknames = new HashSet<>();
    private int joinSequence;
    private int connected;
    private int cap;
    private boolean locked;

    private final List<String> teams;
    private final Map<String, Integer> teamSizes = new LinkedHashMap<>();

    Roster(NicknamePolicy nicknames, GameIds ids, int cap, List<String> teams) {
        this.nicknames = nicknames;
        this.ids = ids;
        this.cap = cap;
        this.teams = teams;
        teams.forEach(t -> teamSizes.put(t, 0));
    }

    /** Admits a new player (not yet connected) or says why not. */
    Player admit(PlayerCommand.Join join, String userId) {
        if (locked) {
            throw new ProtocolException("room_locked", "the host has locked this room");
        }
        if (players.size() >= cap) {
            throw new ProtocolException("room_full", "this room is full");
        }
        String nickname = nicknames.clean(join.nickname());
        ProtocolException problem = nicknames.problem(nickname);
        if (problem != null) {
            throw problem;
        }
        String key = nicknames.key(nickname);
        if (bannedNicknames.contains(key)) {
            throw new ProtocolException("nickname_kicked", "this nickname was removed from the room by the host");
        }
        if (byNickname.containsKey(key)) {
            throw new ProtocolException("nickname_taken", "someone in this room already uses that nickname");
        }
        String team = teams.isEmpty() ? freeTeam(join.team()) : fixedTeam(join.team());
        String guestId = ids.isGuestId(join.guestId()) ? join.guestId() : ids.issueGuestId();
        joinSequence++;
        Player player = new Player("p" + joinSequence, nickname, guestId, userId, team, ids.token(), joinSequence);
        players.put(player.id, player);
        byToken.put(player.tokenHash, player);
        byNickname.put(key, player);
        teamSizes.computeIfPresent(team == null ? "" : team, (t, n) -> n + 1);
        return player;
    }

    /** Puts back the players, kicked nicknames and admission settings a snapshot recorded; nobody is connected. */
    void restore(GameSnapshot snapshot, long now) {
        for (GameSnapshot.PlayerState state : snapshot.players()) {
            Player player = Player.restored(state);
            player.disconnectedAt = now; // the resume window starts again when the room comes back
            players.put(player.id, player);
            byToken.put(player.tokenHash, player);
            byNickname.put(nicknames.key(player.nickname), player);
            if (player.team != null) {
                teamSizes.computeIfPresent(player.team, (t, n) -> n + 1);
            }
        }
        bannedNicknames.addAll(snapshot.bannedNicknames());
        joinSequence = snapshot.joinSequence();
        cap = snapshot.cap();
        locked = snapshot.locked();
    }

    /** Nicknames the host kicked (as keys), for a snapshot. */
    List<String> bannedNicknames() {
        return List.copyOf(bannedNicknames);
    }

    int joinSequence() {
        return joinSequence;
    }

    /** Without fixed teams, any code of 1 to 20 characters, or none. */
    private static String freeTeam(String code) {
        String team = code == null ? null : code.strip();
        if (team != null && (team.isEmpty() || team.length() > MAX_TEAM_LENGTH)) {
            throw new ProtocolException("invalid_message", "a team code has 1 to 20 characters");
        }
        return team;
    }

    /** With fixed teams, the one chosen (by name, ignoring case) or, when none was, the smallest. */
    private String fixedTeam(String chosen) {
        if (chosen == null || chosen.isBlank()) {
            String smallest = teams.get(0);
            for (String t : teams) {
                smallest = teamSizes.get(t) < teamSizes.get(smallest) ? t : smallest;
            }
            chosen = smallest;
        }
        String wanted = chosen.strip();
        String team = teams.stream()
                .filter(t -> t.equalsIgnoreCase(wanted))
                .findFirst()
                .orElseThrow(() ->
                        new ProtocolException("unknown_team", "this room's teams are " + String.join(", ", teams)));
        if (teamSizes.get(team) >= GameRules.TEAM_CAP) {
            throw new ProtocolException(
                    "team_full", "team " + team + " has " + GameRules.TEAM_CAP + " players already");
        }
        return team;
    }

    /** The fixed teams and how many players each has now. */
    Map<String, Integer> teamSizes() {
        return teamSizes;
    }

    /** Removes a player for good: their token stops working and their nickname is barred. */
    void kick(Player player) {
        detach(player);
        players.remove(player.id);
        if (player.team != null) {
            teamSizes.computeIfPresent(player.team, (t, n) -> n - 1);
        }
        byToken.remove(player.tokenHash);
        String key = nicknames.key(player.nickname);
        byNickname.remove(key);
        bannedNicknames.add(key);
    }

    /** Binds a connection to a player, replacing none: the caller closes an old connection first. */
    void attach(Peer peer, Player player) {
        if (player.peer != null) {
            byPeer.remove(player.peer);
        } else {
            connected++;
        }
        player.peer = peer;
        player.disconnectedAt = -1;
        byPeer.put(peer, player);
    }

    /** Unbinds a player's connection, if any; returns whether there was one. */
    boolean detach(Player player) {
        if (player.peer == null) {
            return false;
        }
        byPeer.remove(player.peer);
        player.peer = null;
        connected--;
        return true;
    }

    /** Hands one already-encoded frame to every connected player. */
    void sendToAll(String frame) {
        for (Player p : players.values()) {
            if (p.peer != null) {
                p.peer.send(frame);
            }
        }
    }

    Player byPeer(Peer peer) {
        return byPeer.get(peer);
    }

    /** The player a presented resume token belongs to; the roster keeps only the tokens' hashes. */
    Player byToken(String token) {
        return token == null ? null : byToken.get(TokenHash.of(token));
    }

    Player byId(String id) {
        return players.get(id);
    }

    Collection<Player> all() {
        return players.values();
    }

    /** The players in the order they joined, the latest {@code max} of them. */
    List<Player> latest(int max) {
        List<Player> all = new ArrayList<>(players.values());
        return all.subList(Math.max(0, all.size() - max), all.size());
    }

    int size() {
        return players.size();
    }

    int connected() {
        return connected;
    }

    int cap() {
        return cap;
    }

    void setCap(int value) {
        cap = value;
    }

    boolean locked() {
        return locked;
    }

    void setLocked(boolean value) {
        locked = value;
    }
}
