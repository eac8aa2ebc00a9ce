package io.quizarena.leaderboard;

import io.quizarena.bank.Topic;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Board ids, which are also their URL segments: {@code global}, {@code week-2026-W49} (ISO week), {@code topic-moe},
 * {@code teams} (teams by their members' points), {@code team-<code>} (one team's members), {@code game-<id>}.
 */
public final class Boards {

    public static final String GLOBAL = "global";
    public static final String TEAMS = "teams";
    /** Alias accepted by the API and pages for the current week's board. */
    public static final String THIS_WEEK = "weekly";

    private static final Pattern VALID = Pattern.compile(
            "global|teams|week-\\d{4}-W\\d{2}|topic-[a-z0-9-]{1,40}|team-[^/]{1,20}|game-[0-9a-f-]{36}");

    private Boards() {}

    public static String week(Instant at, ZoneId zone) {
        ZonedDateTime t = at.atZone(zone);
        return String.format(
                Locale.ROOT,
                "week-%d-W%02d",
                t.get(IsoFields.WEEK_BASED_YEAR),
                t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    public static String topic(String topicId) {
        return "topic-" + topicId;
    }

    /** Team codes are matched without regard to case: "Red" and "red" are one team. */
    public static String teamKey(String teamCode) {
        return teamCode.strip().toLowerCase(Locale.ROOT);
    }

    public static String team(String teamCode) {
        return "team-" + teamKey(teamCode);
    }

    public static String game(String gameId) {
        return "game-" + gameId;
    }

    public static boolean isValid(String board) {
        if (board == null || !VALID.matcher(board).matches()) {
            return false;
        }
        if (board.startsWith("topic-")) {
            return Topic.byId(board.substring("topic-".length())).isPresent();
        }
        return true;
    }

    /**
     * Boards that can hold a million entrants (global, weekly, topics) keep counter tables, so a rank costs the same
     * anywhere on them. The others are bounded (a game by its player cap, a team by its members, the teams board by
     * the number of teams) and rank by counting, which spares the projector most of its counter writes.
     */
    public static boolean isCounted(String board) {
        return board.equals(GLOBAL) || board.startsWith("week-") || board.startsWith("topic-");
    }
}
