package io.quizarena.results;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quizarena.results.GameResults.Cell;
import io.quizarena.results.GameResults.PlayerRow;
import io.quizarena.results.GameResults.QuestionStat;
import java.util.ArrayList;
import java.util.List;

/**
 * A game's results as CSV (RFC 4180, UTF-8, CRLF) in three blocks parted by an empty line: what was played (quiz title,
 * status, times, players), one line per question (its text, share correct, mean time), then one line per player with
 * four columns per question. Texts are in the reader's language. Cells that a spreadsheet would run as a formula (a
 * nickname such as {@code =HYPERLINK(...)}) are prefixed with an apostrophe.
 */
public final class ResultsCsv {

    private ResultsCsv() {}

    static String of(GameResults game, String lang) {
        StringBuilder out = new StringBuilder();
        ResultTexts texts = texts(lang);
        line(out, List.of("quiz", game.title().in(lang)));
        line(out, List.of("status", texts.status(game.status())));
        line(out, List.of("started_at", game.startedAt().toString()));
        line(out, List.of("ended_at", game.endedAt().toString()));
        line(out, List.of("players", String.valueOf(game.playerCount())));
        out.append("\r\n");
        line(out, List.of("question", "text", "percent_correct", "average_ms"));
        for (QuestionStat q : game.questions()) {
            line(
                    out,
                    List.of(
                            "q" + q.number(),
                            q.text().in(lang),
                            String.valueOf(q.percentCorrect()),
                            String.valueOf(q.averageMillis())));
        }
        out.append("\r\n");
        List<String> header = new ArrayList<>(List.of("rank", "nickname", "team", "score", "correct_count"));
        for (int i = 1; i <= game.questionIds().size(); i++) {
            header.addAll(List.of("q" + i + "_answer", "q" + i + "_correct", "q" + i + "_points", "q" + i + "_ms"));
        }
        line(out, header);
        for (PlayerRow p : game.players()) {
            List<String> fields = new ArrayList<>(List.of(
                    String.valueOf(p.rank()),
                    p.nickname(),
                    p.team() == null ? "" : p.team(),
                    String.valueOf(p.score()),
                    String.valueOf(p.correctCount())));
            for (Cell c : p.cells()) {
                if (c.answered()) {
                    fields.addAll(List.of(
                            c.answer(),
                            String.valueOf(c.correct()),
                            String.valueOf(c.points()),
                            String.valueOf(c.responseMillis())));
                } else {
                    fields.addAll(List.of("", "", "0", ""));
                }
            }
            line(out, fields);
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields.get(i)));
        }
        out.append("\r\n");
    }

    /** One CSV field: guarded against formula injection, quoted when it holds a comma, quote or line break. */
    public static String field(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !isNumber(v)) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    private static boolean isNumber(String v) {
        return v.matches("-?\\d+(\\.\\d+)?");
    }

    private static ResultTexts texts(String lang) {
        return "zh".equals(lang)
                ? MessageBundles.get(ResultTexts.class, Localized.Literal.of("zh"))
                : MessageBundles.get(ResultTexts.class);
    }
}
