package io.quizarena.bank.kahoot;

import io.quizarena.bank.Violation;
import io.quizarena.bank.kahoot.KahootTemplate.Column;
import io.quizarena.problem.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * Reads a Kahoot spreadsheet with fastexcel-reader and checks every row against the template's rules, collecting all
 * problems before it refuses the file, each naming the spreadsheet's row (1-based, as Excel shows it) and column.
 */
final class KahootSheetReader {

    private static final Set<String> TITLE_LABELS = Set.of("quiz title", "title", "测验标题", "标题");
    private static final String TIME_LIMITS =
            KahootTemplate.TIME_LIMITS.stream().map(String::valueOf).collect(Collectors.joining(", "));

    private KahootSheetReader() {}

    static KahootSheet read(byte[] file) {
        byte[] head = Arrays.copyOf(file, 8);
        if (ReadableWorkbook.isOLE2Header(head)) {
            throw notASpreadsheet("this is an old .xls workbook: save it as an Excel Workbook (.xlsx) and import that");
        }
        if (!ReadableWorkbook.isOOXMLZipHeader(head)) {
            throw notASpreadsheet("the file is not an .xlsx spreadsheet");
        }
        UnpackLimit.require(file, KahootSheetReader::notASpreadsheet);
        Parsed parsed = null;
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file))) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                try (Stream<Row> rows = sheet.openStream()) {
                    parsed = readSheet(rows.iterator());
                }
                if (parsed != null) {
                    break;
                }
            }
        } catch (IOException | RuntimeException e) {
            // fastexcel reports a broken archive or broken XML in several exception types; all mean the same here
            throw notASpreadsheet("the spreadsheet cannot be read: " + e.getMessage());
        }
        if (parsed == null) {
            throw new InvalidInputException(
                    "no header row",
                    List.of(new Violation(
                            "/header",
                            "no header row found: a row needs the cells \"" + Column.QUESTION.header + "\", \""
                                    + Column.ANSWER_1.header + "\" and \"" + Column.CORRECT.header + "\"")));
        }
        if (!parsed.violations.isEmpty()) {
            throw new InvalidInputException(
                    "nothing was imported: " + parsed.violations.size() + " problem(s)", parsed.violations);
        }
        if (parsed.rows.isEmpty()) {
            throw new InvalidInputException(
                    "the sheet has no questions",
                    List.of(new Violation("/rows", "no question rows below the header row " + parsed.headerRow)));
        }
        return new KahootSheet(parsed.title, parsed.rows);
    }

    /** What one sheet held; null from {@link #readSheet} when it has no header row. */
    private static final class Parsed {
        String title;
        int headerRow;
        final List<KahootSheet.Row> rows = new ArrayList<>();
        final List<Violation> violations = new ArrayList<>();
    }

    private static Parsed readSheet(Iterator<Row> rows) {
        String title = null;
        Map<Column, Integer> columns = null;
        Parsed parsed = new Parsed();
        int questions = 0;
        while (rows.hasNext()) {
            Row row = rows.next();
            if (columns == null) {
                Map<Column, Integer> found = headerColumns(row);
                if (found.containsKey(Column.QUESTION)
                        && found.containsKey(Column.ANSWER_1)
                        && found.containsKey(Column.CORRECT)) {
                    columns = found;
                    parsed.headerRow = row.getRowNum();
                    for (Column c : Column.values()) {
                        if (c.required() && !found.containsKey(c)) {
                            parsed.violations.add(new Violation(
                                    "/header/" + c.label,
                                    "row " + row.getRowNum() + ": the header row lacks \"" + c.header + "\""));
                        }
                    }
                    if (!parsed.violations.isEmpty()) {
                        break;
                    }
                } else if (title == null) {
                    title = titleIn(row);
                }
                continue;
            }
            if (isBlank(row, columns)) {
                continue;
            }
            if (++questions > KahootTemplate.MAX_QUESTIONS) {
                parsed.violations.add(new Violation(
                        "/rows/" + row.getRowNum(),
                        "row " + row.getRowNum() + ": a quiz holds at most " + KahootTemplate.MAX_QUESTIONS
                                + " questions"));
                break;
            }
            readRow(row, columns, parsed);
        }
        if (columns == null) {
            return null;
        }
        parsed.title = title;
        return parsed;
    }

    private static void readRow(Row row, Map<Column, Integer> columns, Parsed parsed) {
        int r = row.getRowNum();
        List<Violation> out = new ArrayList<>();
        String question = text(row, columns, Column.QUESTION);
        if (question.isEmpty()) {
            out.add(at(r, columns, Column.QUESTION, "the question is empty"));
        } else if (KahootTemplate.length(question) > KahootTemplate.MAX_QUESTION) {
            out.add(at(r, columns, Column.QUESTION, tooLong(question, KahootTemplate.MAX_QUESTION)));
        }
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < KahootTemplate.ANSWERS; i++) {
            Column c = Column.answer(i);
            String answer = text(row, columns, c);
            if (KahootTemplate.length(answer) > KahootTemplate.MAX_ANSWER) {
                out.add(at(r, columns, c, tooLong(answer, KahootTemplate.MAX_ANSWER)));
            }
            answers.add(answer);
        }
        long filled = answers.stream().filter(a -> !a.isEmpty()).count();
        if (filled < 2) {
            Column missing = answers.get(0).isEmpty() ? Column.ANSWER_1 : Column.ANSWER_2;
            out.add(at(r, columns, missing, "a question needs at least two answers, found " + filled));
        }
        Integer timeLimit = timeLimit(text(row, columns, Column.TIME_LIMIT));
        if (timeLimit == null) {
            String given = text(row, columns, Column.TIME_LIMIT);
            out.add(at(
                    r,
                    columns,
                    Column.TIME_LIMIT,
                    (given.isEmpty() ? "no time limit" : "\"" + given + "\" is not allowed") + ": use one of "
                            + TIME_LIMITS + " seconds"));
        }
        List<Integer> correct = correct(r, columns, text(row, columns, Column.CORRECT), answers, out);
        if (out.isEmpty()) {
            parsed.rows.add(new KahootSheet.Row(r, question, List.copyOf(answers), timeLimit, correct));
        }
        parsed.violations.addAll(out);
    }

    private static List<Integer> correct(
            int r, Map<Column, Integer> columns, String cell, List<String> answers, List<Violation> out) {
        Set<Integer> numbers = new TreeSet<>();
        for (String token : cell.split("[,;，、\\s]+")) {
            if (token.isEmpty()) {
                continue;
            }
            Integer n = wholeNumber(token);
            if (n == null || n < 1 || n > KahootTemplate.ANSWERS) {
                out.add(at(r, columns, Column.CORRECT, "\"" + token + "\" is not an answer number from 1 to 4"));
                return List.of();
            }
            if (answers.get(n - 1).isEmpty()) {
                out.add(at(r, columns, Column.CORRECT, "answer " + n + " is marked correct but is empty"));
                return List.of();
            }
            numbers.add(n);
        }
        long filled = answers.stream().filter(a -> !a.isEmpty()).count();
        if (numbers.isEmpty()) {
            out.add(at(
                    r,
                    columns,
                    Column.CORRECT,
                    "no correct answer: give the number of the correct answer (such as 2), or several (such as 1,3)"));
        } else if (numbers.size() > 1 && numbers.size() == filled) {
            out.add(at(
                    r,
                    columns,
                    Column.CORRECT,
                    "every answer is marked correct: a question with several correct answers needs a wrong one too"));
        }
        return List.copyOf(numbers);
    }

    /** The time limit of a cell, or null when it is empty or not one of the template's values. */
    private static Integer timeLimit(String cell) {
        Integer n = wholeNumber(cell);
        return n != null && KahootTemplate.TIME_LIMITS.contains(n) ? n : null;
    }

    /** A whole number written as text or stored as a number cell ("20", "20.0"); null otherwise. */
    private static Integer wholeNumber(String text) {
        try {
            BigDecimal value = new BigDecimal(text.strip());
            return value.stripTrailingZeros().scale() <= 0 && value.abs().compareTo(BigDecimal.valueOf(100_000)) < 0
                    ? value.intValueExact()
                    : null;
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    private static Map<Column, Integer> headerColumns(Row row) {
        Map<Column, Integer> found = new EnumMap<>(Column.class);
        for (Cell cell : row) {
            if (cell != null && !cell.getText().isBlank()) {
                Column.ofHeader(cell.getText()).ifPresent(c -> found.putIfAbsent(c, cell.getColumnIndex()));
            }
        }
        return found;
    }

    /** The title next to a "Quiz title" (or "Title") cell in a row above the header. */
    private static String titleIn(Row row) {
        boolean labelSeen = false;
        for (Cell cell : row) {
            String text = cell == null ? "" : cell.getText().strip();
            if (text.isEmpty()) {
                continue;
            }
            if (labelSeen) {
                return text;
            }
            labelSeen =
                    TITLE_LABELS.contains(text.replaceFirst("[:：]$", "").strip().toLowerCase(Locale.ROOT));
        }
        return null;
    }

    private static boolean isBlank(Row row, Map<Column, Integer> columns) {
        return columns.keySet().stream().allMatch(c -> text(row, columns, c).isEmpty());
    }

    private static String text(Row row, Map<Column, Integer> columns, Column column) {
        Integer index = columns.get(column);
        return index == null ? "" : row.getCellText(index).strip();
    }

    private static Violation at(int row, Map<Column, Integer> columns, Column column, String message) {
        Integer index = columns.get(column);
        String letter = index == null ? "" : " (" + KahootTemplate.letters(index) + ")";
        return new Violation(
                "/rows/" + row + "/" + column.label,
                "row " + row + ", column " + column.label + letter + ": " + message);
    }

    private static String tooLong(String text, int max) {
        return KahootTemplate.length(text) + " characters, at most " + max;
    }

    static InvalidInputException notASpreadsheet(String message) {
        return new InvalidInputException(message, List.of(new Violation("/file", message)));
    }
}
