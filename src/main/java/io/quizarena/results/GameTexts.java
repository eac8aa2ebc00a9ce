package io.quizarena.results;

import io.quizarena.results.GameResults.Shown;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a saved game's ids stand for: the quiz's title and the questions' texts, read from the bank as they are now. A
 * game outlives its quiz: a deleted quiz shows its id, a deleted question its id.
 */
final class GameTexts {

    private GameTexts() {}

    static Shown title(Connection c, String quizId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select title_en, title_zh from quiz where id = ?")) {
            s.setString(1, quizId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? orId(new Shown(r.getString(1), r.getString(2)), quizId) : new Shown(quizId, quizId);
            }
        }
    }

    /** Each question's text, shortened ({@link ShortText}); ids with no question any more map to themselves. */
    static Map<String, Shown> questions(Connection c, Collection<String> ids) throws SQLException {
        Map<String, Shown> texts = new HashMap<>();
        List<String> distinct = ids.stream().distinct().toList();
        if (!distinct.isEmpty()) {
            String marks = String.join(", ", java.util.Collections.nCopies(distinct.size(), "?"));
            try (PreparedStatement s =
                    c.prepareStatement("select id, text_en, text_zh from question where id in (" + marks + ")")) {
                for (int i = 0; i < distinct.size(); i++) {
                    s.setString(i + 1, distinct.get(i));
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        texts.put(
                                r.getString(1),
                                orId(
                                        new Shown(ShortText.of(r.getString(2)), ShortText.of(r.getString(3))),
                                        r.getString(1)));
                    }
                }
            }
        }
        distinct.forEach(id -> texts.putIfAbsent(id, new Shown(id, id)));
        return texts;
    }

    /** A title or text with neither language falls back to the id, so a page never shows an empty name. */
    static Shown orId(Shown shown, String id) {
        return shown.in("en") == null || shown.in("en").isBlank() ? new Shown(id, id) : shown;
    }
}
