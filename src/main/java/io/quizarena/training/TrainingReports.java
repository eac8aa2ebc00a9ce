package io.quizarena.training;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quizarena.bank.BankDocument.Choice;
import io.quizarena.bank.BankDocument.QuestionDocument;
import io.quizarena.bank.LocalizedText;
import io.quizarena.bank.Question;
import io.quizarena.bank.QuestionMapper;
import io.quizarena.bank.Quiz;
import io.quizarena.game.PlayerKeys;
import io.quizarena.training.report.ReportInput;
import io.quizarena.training.report.ReportInput.ReportAnswer;
import io.quizarena.training.report.ReportInput.ReportChoice;
import io.quizarena.training.report.ReportInput.ReportPlayer;
import io.quizarena.training.report.ReportInput.ReportQuestion;
import io.quizarena.training.report.ReportSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The facts of a trainer report from the database: an assignment's questions in their assigned order with every
 * learner's latest attempt, or a saved live game's questions, players and answers (docs/adr/0025).
 */
@ApplicationScoped
public class TrainingReports implements ReportSource {

    private final DataSource dataSource;
    private final QuestionMapper mapper;
    private final ObjectMapper json;

    TrainingReports(DataSource dataSource, QuestionMapper mapper, ObjectMapper json) {
        this.dataSource = dataSource;
        this.mapper = mapper;
        this.json = json;
    }

    @Override
    @Transactional
    public Optional<ReportInput> assignment(String assignmentId) {
        Assignment assignment =
                assignmentId == null || assignmentId.length() > 36 ? null : Assignment.findById(assignmentId);
        if (assignment == null) {
            return Optional.empty();
        }
        List<QuestionDocument> documents = TrainingQuestions.decode(assignment.questions);
        Map<String, Integer> indexById = new HashMap<>();
        for (int i = 0; i < documents.size(); i++) {
            indexById.putIfAbsent(documents.get(i).id(), i);
        }
        Map<String, List<Attempt>> byLearner = new LinkedHashMap<>();
        Attempt.<Attempt>list("assignmentId = ?1 order by startedAt, number", assignment.id)
                .forEach(a -> byLearner
                        .computeIfAbsent(a.learnerKey, k -> new ArrayList<>())
                        .add(a));
        List<ReportPlayer> players = new ArrayList<>();
        List<ReportAnswer> answers = new ArrayList<>();
        byLearner.forEach((learner, attempts) -> {
            Attempt latest = attempts.get(attempts.size() - 1);
            long spent = 0;
            for (AttemptAnswer a : AttemptAnswer.of(latest.id)) {
                spent += a.responseMillis;
                Integer index = indexById.get(a.questionId);
                if (index != null) {
                    answers.add(new ReportAnswer(learner, index, choiceIds(a.submission), a.credit, a.responseMillis));
                }
            }
            players.add(new ReportPlayer(
                    learner,
                    latest.nickname,
                    null,
                    latest.score,
                    latest.answeredCount,
                    spent,
                    attempts.size(),
                    latest.finished()));
        });
        return Optional.of(new ReportInput(
                "assignment",
                assignment.id,
                new LocalizedText(assignment.titleZh, assignment.titleEn),
                assignment.owner,
                assignment.createdAt,
                questions(documents),
                players,
                answers));
    }

    @Override
    @Transactional
    public Optional<ReportInput> game(String gameId) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement(
                    "select quiz_id, host, started_at, question_ids, questions_played from game where id = ?")) {
                s.setString(1, gameId);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        return Optional.empty();
                    }
                    String quizId = r.getString(1);
                    String host = r.getString(2);
                    var startedAt = r.getTimestamp(3).toInstant();
                    List<String> ids = List.of(r.getString(4).split(","));
                    List<QuestionDocument> documents = played(ids.subList(0, Math.min(ids.size(), r.getInt(5))));
                    return Optional.of(gameInput(c, gameId, quizId, host, startedAt, documents));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading game " + gameId + " failed", e);
        }
    }

    private ReportInput gameInput(
            Connection c,
            String gameId,
            String quizId,
            String host,
            java.time.Instant startedAt,
            List<QuestionDocument> documents)
            throws SQLException {
        Map<String, String> keyByPlayer = new LinkedHashMap<>();
        Map<String, Object[]> rows = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("select player_id, nickname, guest_id, user_id, team, score"
                + " from game_player where game_id = ? order by final_rank, nickname")) {
            s.setString(1, gameId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String key = PlayerKeys.of(r.getString(4), r.getString(3));
                    keyByPlayer.put(r.getString(1), key);
                    rows.put(r.getString(1), new Object[] {r.getString(2), r.getString(5), r.getInt(6)});
                }
            }
        }
        Map<String, long[]> counts = new HashMap<>();
        List<ReportAnswer> answers = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("select player_id, question_index, submission, credit,"
                + " response_ms from game_answer where game_id = ?")) {
            s.setString(1, gameId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String player = r.getString(1);
                    int index = r.getInt(2);
                    long[] sums = counts.computeIfAbsent(player, p -> new long[2]);
                    sums[0]++;
                    sums[1] += r.getLong(5);
                    if (index < documents.size() && documents.get(index) != null && keyByPlayer.containsKey(player)) {
                        answers.add(new ReportAnswer(
                                keyByPlayer.get(player),
                                index,
                                choiceIds(r.getString(3)),
                                r.getDouble(4),
                                r.getLong(5)));
                    }
                }
            }
        }
        List<ReportPlayer> players = new ArrayList<>();
        rows.forEach((player, row) -> {
            long[] sums = counts.getOrDefault(player, new long[2]);
            players.add(new ReportPlayer(
                    keyByPlayer.get(player),
                    (String) row[0],
                    (String) row[1],
                    (int) row[2],
                    (int) sums[0],
                    sums[1],
                    1,
                    true));
        });
        Quiz quiz = Quiz.findById(quizId);
        LocalizedText title =
                quiz == null ? new LocalizedText(quizId, quizId) : new LocalizedText(quiz.titleZh, quiz.titleEn);
        return new ReportInput("game", gameId, title, host, startedAt, questions(documents), players, answers);
    }

    /** The played questions in order; a question deleted since is null, and drops out of the report. */
    private List<QuestionDocument> played(List<String> ids) {
        Map<String, QuestionDocument> byId = new HashMap<>();
        Question.<Question>list("id in ?1", ids).forEach(q -> byId.put(q.id, mapper.toDocument(q)));
        List<QuestionDocument> out = new ArrayList<>();
        ids.forEach(id -> out.add(byId.get(id)));
        return out;
    }

    private static List<ReportQuestion> questions(List<QuestionDocument> documents) {
        List<ReportQuestion> out = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            QuestionDocument d = documents.get(i);
            if (d == null) {
                continue;
            }
            List<ReportChoice> choices = d.choices() == null
                    ? List.of()
                    : d.choices().stream()
                            .map((Choice ch) -> new ReportChoice(ch.id(), ch.text(), ch.correct()))
                            .toList();
            out.add(new ReportQuestion(i, d.id(), d.topic(), d.type(), d.text(), choices));
        }
        return out;
    }

    private List<String> choiceIds(String submission) {
        if (submission == null) {
            return List.of();
        }
        try {
            JsonNode ids = json.readTree(submission).get("choiceIds");
            if (ids == null) {
                return List.of();
            }
            List<String> out = new ArrayList<>();
            ids.forEach(id -> out.add(id.asText()));
            return out;
        } catch (IOException e) {
            return List.of(); // a stored answer that is not JSON counts as no pick
        }
    }
}
