package io.quizarena.results;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quizarena.bank.Violation;
import io.quizarena.identity.Caller;
import io.quizarena.problem.InvalidInputException;
import io.quizarena.problem.NotAllowedException;
import io.quizarena.problem.NotFoundException;
import io.quizarena.results.GameResults.Cell;
import io.quizarena.results.GameResults.GameSummary;
import io.quizarena.results.GameResults.PlayerRow;
import io.quizarena.results.GameResults.QuestionStat;
import io.quizarena.results.GameResults.Shown;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Read-only queries over the saved games (tables of V2__games.sql). Only the game's host, or an admin, may read a
 * game: its answers name players and show what each of them got wrong.
 */
@ApplicationScoped
public class GameResultsService {

    static final int LIST_LIMIT = 50;
    /** Game ids are UUIDs (Room.save); anything else is refused before a query. */
    private static final String GAME_ID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DataSource dataSource;

    GameResultsService(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The caller's latest games (an admin's list has everyone's), newest first. */
    public List<GameSummary> recent(Caller caller) {
        String sql = "select g.id, g.pin, g.quiz_id, g.status, g.player_count, g.started_at, g.ended_at,"
                + " q.title_en, q.title_zh from game g left join quiz q on q.id = g.quiz_id"
                + (caller.admin() ? "" : " where g.host = ?")
                + " order by g.ended_at desc";
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            if (!caller.admin()) {
                s.setString(1, caller.name());
            }
            s.setMaxRows(LIST_LIMIT);
            List<GameSummary> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(new GameSummary(
                            r.getString(1),
                            r.getString(2),
                            r.getString(3),
                            GameTexts.orId(new Shown(r.getString(8), r.getString(9)), r.getString(3)),
                            r.getString(4).toLowerCase(java.util.Locale.ROOT),
                            r.getInt(5),
                            r.getTimestamp(6).toInstant(),
                            r.getTimestamp(7).toInstant()));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("listing games failed", e);
        }
    }

    /** One game with every player's answers; 404 when there is no such game, 403 when it is another host's. */
    public GameResults results(String gameId, Caller caller) {
        if (gameId == null || !gameId.matches(GAME_ID)) {
            throw new InvalidInputException(
                    "not a game id", List.of(new Violation("/id", "a game id is a lower-case UUID")));
        }
        try (Connection c = dataSource.getConnection()) {
            GameResults game = game(c, gameId);
            if (game == null) {
                throw new NotFoundException("no game " + gameId);
            }
            if (!caller.admin() && (caller.name() == null || !caller.name().equals(game.host()))) {
                throw new NotAllowedException("only the game's host or an admin may see its results");
            }
            return withPlayers(c, game);
        } catch (SQLException e) {
            throw new IllegalStateException("reading game " + gameId + " failed", e);
        }
    }

    private static GameResults game(Connection c, String gameId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select id, pin, quiz_id, host, status, questions_played,"
                + " started_at, ended_at, question_ids from game where id = ?")) {
            s.setString(1, gameId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return null;
                }
                String ids = r.getString(9);
                return new GameResults(
                        r.getString(1),
                        r.getString(2),
                        r.getString(3),
                        null,
                        r.getString(4),
                        r.getString(5).toLowerCase(java.util.Locale.ROOT),
                        r.getInt(6),
                        r.getTimestamp(7).toInstant(),
                        r.getTimestamp(8).toInstant(),
                        ids == null || ids.isEmpty() ? List.of() : Arrays.asList(ids.split(",")),
                        List.of(),
                        List.of());
            }
        }
    }

    private static GameResults withPlayers(Connection c, GameResults game) throws SQLException {
        Map<String, Map<Integer, Cell>> answers = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("select player_id, question_index, question_id, submission,"
                + " credit, correct, points, response_ms from game_answer where game_id = ?")) {
            s.setString(1, game.id());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Cell cell = new Cell(
                            r.getInt(2),
                            r.getString(3),
                            true,
                            shortAnswer(r.getString(4)),
                            r.getDouble(5),
                            r.getBoolean(6),
                            r.getInt(7),
                            r.getLong(8));
                    answers.computeIfAbsent(r.getString(1), k -> new HashMap<>())
                            .put(cell.questionIndex(), cell);
                }
            }
        }
        Map<String, PlayerRow> players = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("select player_id, nickname, team, score, correct_count,"
                + " final_rank from game_player where game_id = ? order by final_rank, nickname")) {
            s.setString(1, game.id());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String playerId = r.getString(1);
                    Map<Integer, Cell> mine = answers.getOrDefault(playerId, Map.of());
                    List<Cell> cells = new ArrayList<>();
                    for (int i = 0; i < game.questionIds().size(); i++) {
                        Cell cell = mine.get(i);
                        cells.add(
                                cell != null
                                        ? cell
                                        : Cell.missing(i, game.questionIds().get(i)));
                    }
                    players.put(
                            playerId,
                            new PlayerRow(
                                    playerId,
                                    r.getString(2),
                                    r.getString(3),
                                    r.getInt(4),
                                    r.getInt(5),
                                    r.getInt(6),
                                    cells));
                }
            }
        }
        List<PlayerRow> rows = List.copyOf(players.values());
        return new GameResults(
                game.id(),
                game.pin(),
                game.quizId(),
                GameTexts.title(c, game.quizId()),
                game.host(),
                game.status(),
                game.questionsPlayed(),
                game.startedAt(),
                game.endedAt(),
                game.questionIds(),
                stats(game.questionIds(), GameTexts.questions(c, game.questionIds()), rows),
                rows);
    }

    /** Per question: who answered, who got full credit (out of every player), and the mean time of those who answered. */
    static List<QuestionStat> stats(List<String> questionIds, Map<String, Shown> texts, List<PlayerRow> players) {
        List<QuestionStat> out = new ArrayList<>(questionIds.size());
        for (int i = 0; i < questionIds.size(); i++) {
            int answered = 0;
            int correct = 0;
            long millis = 0;
            for (PlayerRow p : players) {
                Cell cell = p.cells().get(i);
                if (cell.answered()) {
                    answered++;
                    millis += cell.responseMillis();
                    correct += cell.correct() ? 1 : 0;
                }
            }
            String id = questionIds.get(i);
            out.add(new QuestionStat(
                    i + 1,
                    id,
                    texts.get(id),
                    players.size(),
                    answered,
                    correct,
                    answered == 0 ? 0 : millis / answered));
        }
        return out;
    }

    /** {"choiceIds":["a","c"]} becomes "a, c"; an order "c > a > b"; a number or a text as it is. */
    static String shortAnswer(String submissionJson) {
        try {
            JsonNode n = JSON.readTree(submissionJson);
            if (n.has("choiceIds")) {
                return join(n.get("choiceIds"), ", ");
            }
            if (n.has("order")) {
                return join(n.get("order"), " > ");
            }
            if (n.has("value")) {
                return n.get("value").asText();
            }
            if (n.has("text")) {
                return n.get("text").asText();
            }
            return submissionJson;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return submissionJson;
        }
    }

    private static String join(JsonNode array, String separator) {
        List<String> parts = new ArrayList<>();
        array.forEach(v -> parts.add(v.asText()));
        return parts.stream().collect(Collectors.joining(separator));
    }
}
