package io.quizarena.training.review;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every learner's review cards (docs/adr/0024): a miss anywhere puts the question in the queue, and every later answer
 * to a queued question rates its card with FSRS. Works on the caller's connection, so a live game's save, a battle's
 * finish or an attempt's answer updates the queue in its own transaction; a 1,000-player game is a few batches.
 */
@ApplicationScoped
public class ReviewQueue {

    private static final int CHUNK = 500;
    private final Fsrs fsrs = new Fsrs();

    /** One answer to rate; a miss of a question not queued yet queues it. */
    public record Answer(String learnerKey, String questionId, String topic, double credit) {}

    /** A card due for review. */
    public record DueCard(String questionId, String topic, Instant due) {}

    public void rate(Connection c, List<Answer> answers, Instant now) throws SQLException {
        if (answers.isEmpty()) {
            return;
        }
        Map<String, Card> state =
                load(c, answers.stream().map(Answer::learnerKey).distinct().toList());
        Set<String> stored = new HashSet<>(state.keySet());
        Map<String, Answer> queued = new LinkedHashMap<>();
        Set<String> changed = new LinkedHashSet<>();
        for (Answer a : answers) {
            String id = a.learnerKey() + "\n" + a.questionId();
            Rating rating = Rating.of(a.credit());
            Card known = state.get(id);
            if (known != null) {
                state.put(id, fsrs.review(known, rating, now));
                changed.add(id);
            } else if (rating == Rating.AGAIN) {
                state.put(id, fsrs.first(rating, now));
                queued.put(id, a);
            }
        }
        changed.retainAll(stored);
        update(c, changed, state);
        insert(c, queued, state);
    }

    /** Cards due at {@code now}, most overdue first. */
    public List<DueCard> due(Connection c, String learnerKey, Instant now, int limit) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select question_id, topic, due from review_card"
                + " where learner_key = ? and due <= ? order by due, question_id")) {
            s.setString(1, learnerKey);
            s.setTimestamp(2, Timestamp.from(now));
            s.setMaxRows(limit);
            List<DueCard> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(new DueCard(
                            r.getString(1), r.getString(2), r.getTimestamp(3).toInstant()));
                }
            }
            return out;
        }
    }

    /** Reviews due now per topic. */
    public Map<String, Integer> dueByTopic(Connection c, String learnerKey, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "select topic, count(*) from review_card" + " where learner_key = ? and due <= ? group by topic")) {
            s.setString(1, learnerKey);
            s.setTimestamp(2, Timestamp.from(now));
            Map<String, Integer> out = new TreeMap<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.put(r.getString(1), r.getInt(2));
                }
            }
            return out;
        }
    }

    /** The queue's size, due now and in all, and the next time a card falls due. */
    public record Summary(int due, int total, Instant nextDueAt) {}

    public Summary summary(Connection c, String learnerKey, Instant now) throws SQLException {
        int due = dueByTopic(c, learnerKey, now).values().stream()
                .mapToInt(Integer::intValue)
                .sum();
        try (PreparedStatement s = c.prepareStatement(
                "select count(*), min(case when due > ? then due end)" + " from review_card where learner_key = ?")) {
            s.setTimestamp(1, Timestamp.from(now));
            s.setString(2, learnerKey);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                Timestamp next = r.getTimestamp(2);
                return new Summary(due, r.getInt(1), next == null ? null : next.toInstant());
            }
        }
    }

    private Map<String, Card> load(Connection c, List<String> learnerKeys) throws SQLException {
        Map<String, Card> cards = new HashMap<>();
        for (int from = 0; from < learnerKeys.size(); from += CHUNK) {
            List<String> chunk = learnerKeys.subList(from, Math.min(learnerKeys.size(), from + CHUNK));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            try (PreparedStatement s = c.prepareStatement("select learner_key, question_id, stability, difficulty,"
                    + " reps, lapses, last_review, due from review_card where learner_key in (" + marks + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    s.setString(i + 1, chunk.get(i));
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        cards.put(
                                r.getString(1) + "\n" + r.getString(2),
                                new Card(
                                        r.getDouble(3),
                                        r.getDouble(4),
                                        r.getInt(5),
                                        r.getInt(6),
                                        r.getTimestamp(7).toInstant(),
                                        r.getTimestamp(8).toInstant()));
                    }
                }
            }
        }
        return cards;
    }

    private static void update(Connection c, Set<String> ids, Map<String, Card> cards) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("update review_card set stability = ?, difficulty = ?,"
                + " reps = ?, lapses = ?, last_review = ?, due = ? where learner_key = ? and question_id = ?")) {
            for (String key : ids) {
                String[] id = key.split("\n", 2);
                set(s, cards.get(key));
                s.setString(7, id[0]);
                s.setString(8, id[1]);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void insert(Connection c, Map<String, Answer> answers, Map<String, Card> cards) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into review_card (stability, difficulty, reps, lapses,"
                + " last_review, due, learner_key, question_id, topic) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (var e : answers.entrySet()) {
                set(s, cards.get(e.getKey()));
                s.setString(7, e.getValue().learnerKey());
                s.setString(8, e.getValue().questionId());
                s.setString(9, e.getValue().topic());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void set(PreparedStatement s, Card card) throws SQLException {
        s.setDouble(1, card.stability());
        s.setDouble(2, card.difficulty());
        s.setInt(3, card.reps());
        s.setInt(4, card.lapses());
        s.setTimestamp(5, Timestamp.from(card.lastReview()));
        s.setTimestamp(6, Timestamp.from(card.due()));
    }
}
