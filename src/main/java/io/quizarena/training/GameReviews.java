package io.quizarena.training;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quizarena.bank.BankDocument.QuestionDocument;
import io.quizarena.bank.LocalizedText;
import io.quizarena.bank.Question;
import io.quizarena.bank.QuestionMapper;
import io.quizarena.bank.Quiz;
import io.quizarena.game.PlayQuestion;
import io.quizarena.game.Presentation;
import io.quizarena.problem.NotFoundException;
import io.quizarena.training.TrainingViews.GameReview;
import io.quizarena.training.TrainingViews.ReviewItem;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * A saved live game as one player lived it: every question played, their answer, the key and the explanation. Read
 * only after the game was saved, which happens at its podium, so nothing here exists before every reveal.
 */
@ApplicationScoped
public class GameReviews {

    private final DataSource dataSource;
    private final QuestionMapper mapper;
    private final ObjectMapper json;

    GameReviews(DataSource dataSource, QuestionMapper mapper, ObjectMapper json) {
        this.dataSource = dataSource;
        this.mapper = mapper;
        this.json = json;
    }

    /** @param learner the caller; null (a guest without an id) sees no game */
    @jakarta.transaction.Transactional
    public GameReview review(String gameId, Learner learner) {
        try (Connection c = dataSource.getConnection()) {
            String[] game = game(c, gameId);
            String playerId = learner == null ? null : playerId(c, gameId, learner);
            if (game == null || playerId == null) {
                throw new NotFoundException("you played no saved game " + gameId).withCode("unknown_game");
            }
            List<String> questionIds = Arrays.asList(game[1].split(","));
            Map<Integer, Object[]> answers = answers(c, gameId, playerId);
            Map<String, QuestionDocument> documents = new HashMap<>();
            Question.<Question>list("id in ?1", questionIds).forEach(q -> documents.put(q.id, mapper.toDocument(q)));
            // the canonical order of choices: a review reads calmly, and answers name choices by id
            Presentation canonical = new Presentation(0, false, false);
            List<ReviewItem> items = new ArrayList<>();
            for (int i = 0; i < Integer.parseInt(game[2]) && i < questionIds.size(); i++) {
                QuestionDocument document = documents.get(questionIds.get(i));
                if (document == null) {
                    continue; // deleted since the game
                }
                PlayQuestion q = new PlayQuestion(document, 1, 0, canonical, i);
                Object[] a = answers.get(i);
                double credit = a == null ? 0 : (double) a[1];
                items.add(new ReviewItem(
                        i,
                        q.revealed(),
                        a == null ? null : json.readTree((String) a[0]),
                        credit,
                        credit == 1,
                        a == null ? 0 : (int) a[2]));
            }
            return new GameReview(gameId, title(game[0]), items);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("reading game " + gameId + " failed", e);
        }
    }

    /** quiz id, question ids, questions played; null when no such game was saved. */
    private static String[] game(Connection c, String gameId) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("select quiz_id, question_ids, questions_played from game where id = ?")) {
            s.setString(1, gameId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? new String[] {r.getString(1), r.getString(2), String.valueOf(r.getInt(3))} : null;
            }
        }
    }

    private static String playerId(Connection c, String gameId, Learner learner) throws SQLException {
        String column = learner.userName() != null ? "user_id" : "guest_id";
        try (PreparedStatement s =
                c.prepareStatement("select player_id from game_player where game_id = ? and " + column + " = ?")) {
            s.setString(1, gameId);
            s.setString(2, learner.userName() != null ? learner.userName() : learner.guestId());
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    /** question index → submission JSON, credit, points. */
    private static Map<Integer, Object[]> answers(Connection c, String gameId, String playerId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select question_index, submission, credit, points"
                + " from game_answer where game_id = ? and player_id = ?")) {
            s.setString(1, gameId);
            s.setString(2, playerId);
            Map<Integer, Object[]> out = new HashMap<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.put(r.getInt(1), new Object[] {r.getString(2), r.getDouble(3), r.getInt(4)});
                }
            }
            return out;
        }
    }

    private static LocalizedText title(String quizId) {
        Quiz quiz = Quiz.findById(quizId);
        return quiz == null ? new LocalizedText(quizId, quizId) : new LocalizedText(quiz.titleZh, quiz.titleEn);
    }
}
