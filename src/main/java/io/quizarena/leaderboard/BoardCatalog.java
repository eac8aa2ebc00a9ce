package io.quizarena.leaderboard;

import io.quizarena.bank.Language;
import io.quizarena.bank.Topic;
import io.quizarena.problem.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Which boards there are, what they are called in each language, and which board an address means. */
@ApplicationScoped
public class BoardCatalog {

    private final LeaderboardConfig config;
    private final Clock clock = Clock.systemUTC();

    BoardCatalog(LeaderboardConfig config) {
        this.config = config;
    }

    /** A board a viewer can open; the id is also its URL segment. */
    public record BoardInfo(String id, String kind, String name) {}

    /** The standing boards: global, this week, teams and one per topic (game and team boards hang off games). */
    public List<BoardInfo> standing(Language language) {
        List<BoardInfo> boards = new ArrayList<>();
        for (String id : List.of(Boards.GLOBAL, thisWeek(), Boards.TEAMS)) {
            boards.add(describe(id, language));
        }
        for (Topic t : Topic.values()) {
            boards.add(describe(Boards.topic(t.id()), language));
        }
        return boards;
    }

    /** The board's kind and its name in the language. */
    public BoardInfo describe(String board, Language language) {
        boolean zh = language == Language.ZH;
        if (board.equals(Boards.GLOBAL)) {
            return new BoardInfo(board, "global", zh ? "总榜" : "All time");
        }
        if (board.equals(Boards.TEAMS)) {
            return new BoardInfo(board, "teams", zh ? "团队榜" : "Teams");
        }
        if (board.startsWith("week-")) {
            String week = board.substring("week-".length()); // 2026-W49
            String name = board.equals(thisWeek())
                    ? (zh ? "本周" : "This week")
                    : (zh ? week.replace("-W", " 年第 ") + " 周" : "Week " + week);
            return new BoardInfo(board, "weekly", name);
        }
        if (board.startsWith("topic-")) {
            Topic topic = Topic.byId(board.substring("topic-".length())).orElseThrow();
            return new BoardInfo(board, "topic", topic.displayName().in(language));
        }
        if (board.startsWith("team-")) {
            String team = board.substring("team-".length());
            return new BoardInfo(board, "team", zh ? "团队 " + team : "Team " + team);
        }
        return new BoardInfo(board, "game", zh ? "本局排名" : "Game results");
    }

    /** The board an address means ({@code weekly} is this week's); unknown addresses are a 404 problem. */
    public String resolve(String address) {
        String id = Boards.THIS_WEEK.equals(address) ? thisWeek() : address;
        if (!Boards.isValid(id)) {
            throw new NotFoundException("no board " + address + "; boards are global, weekly, week-<yyyy>-W<ww>,"
                    + " topic-<topic>, teams, team-<code> and game-<id>");
        }
        return id;
    }

    String thisWeek() {
        return Boards.week(clock.instant(), config.weekZone());
    }
}
