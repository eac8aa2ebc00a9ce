package io.quizarena.results;

import io.quizarena.results.GameResults.Cell;
import io.quizarena.results.GameResults.PlayerRow;
import java.util.ArrayList;
import java.util.List;

/**
 * A game's results as CSV (RFC 4180, UTF-8, CRLF): one line per player, four columns per question. Cells that a
 * spreadsheet would run as a formula (a nickname such as {@code =HYPERLINK(...)}) are prefixed with an apostrophe.
 */
final class ResultsCsv {

    private ResultsCsv() {}

    static String of(GameResults game) {
        StringBuilder out = new StringBuilder();
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

    static String field(String value) {
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
}
