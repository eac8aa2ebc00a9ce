package io.quizarena.bank;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.quizarena.bank.BankDocument.Accepted;
import io.quizarena.bank.BankDocument.Choice;
import io.quizarena.bank.BankDocument.Item;
import io.quizarena.bank.BankDocument.QuestionDocument;
import io.quizarena.bank.BankDocument.Source;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The spreadsheet format of the bank (docs/csv-format.md): one question per row, the languages side by side (a missing
 * language is an empty cell, and a question may be in one language only), up to
 * six answers, correct answers as 1-based positions, the accepted spellings of a typed answer in one cell separated by
 * {@code |}. Choice ids are positional letters (a to f); ordering items keep their ids in {@code item_ids}; everything else
 * round-trips exactly.
 */
final class CsvFormat {

    static final int MAX_ANSWERS = 6;
    static final char BOM = '\uFEFF';
    /** Separates the accepted spellings of a typed answer within one cell. */
    static final String SPELLING_SEPARATOR = " | ";

    static final List<String> COLUMNS = columns();

    /** A row that cannot be read; {@code row} counts like a spreadsheet (the header is row 1). */
    static final class RowException extends RuntimeException {
        final int row;
        final String column;

        RowException(int row, String column, String message) {
            super("row " + row + ", column " + column + ": " + message);
            this.row = row;
            this.column = column;
        }

        Violation violation() {
            return new Violation("/rows/" + row + "/" + column, getMessage());
        }
    }

    /** A parsed row and the spreadsheet row it came from. */
    record Row(int row, QuestionDocument question) {}

    private static final CsvMapper CSV = new CsvMapper();

    private CsvFormat() {}

    private static List<String> columns() {
        List<String> c = new ArrayList<>(
                List.of("id", "topic", "type", "difficulty", "time_limit_seconds", "question_zh", "question_en"));
        for (int i = 1; i <= MAX_ANSWERS; i++) {
            c.add("answer_" + i + "_zh");
            c.add("answer_" + i + "_en");
        }
        c.addAll(List.of(
                "correct",
                "numeric_answer",
                "numeric_tolerance",
                "numeric_min",
                "numeric_max",
                "numeric_step",
                "unit_zh",
                "unit_en",
                "explanation_zh",
                "explanation_en",
                "source_document",
                "source_section",
                "item_ids"));
        return List.copyOf(c);
    }

    static String write(List<QuestionDocument> questions) {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        COLUMNS.forEach(schema::addColumn);
        List<Map<String, String>> rows =
                questions.stream().map(CsvFormat::toRow).toList();
        StringWriter out = new StringWriter();
        out.write(BOM); // lets spreadsheet programs detect UTF-8 (Chinese text)
        try {
            CSV.writer(schema.build()).writeValues(out).writeAll(rows).close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static List<Row> read(String text) {
        String body = !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
        CsvSchema schema = CsvSchema.emptySchema().withHeader();
        List<Row> rows = new ArrayList<>();
        try (MappingIterator<Map<String, String>> it = CSV.readerForMapOf(String.class)
                .with(schema)
                .with(CsvParser.Feature.FAIL_ON_MISSING_HEADER_COLUMNS)
                .readValues(body)) {
            List<String> header = new ArrayList<>();
            ((CsvSchema) it.getParserSchema()).forEach(col -> header.add(col.getName()));
            for (String required : List.of("topic", "type")) {
                if (!header.contains(required)) {
                    throw new RowException(1, required, "the header lacks this column");
                }
            }
            if (!header.contains("question_zh") && !header.contains("question_en")) {
                throw new RowException(1, "question_en", "the header needs question_zh, question_en or both");
            }
            for (String name : header) {
                if (!COLUMNS.contains(name)) {
                    throw new RowException(1, name, "unknown column");
                }
            }
            int row = 1;
            while (it.hasNextValue()) {
                row++;
                Map<String, String> values;
                try {
                    values = it.nextValue();
                } catch (RuntimeException e) {
                    throw new RowException(row, "-", "cannot read the row: " + e.getMessage());
                }
                rows.add(new Row(row, fromRow(row, values)));
            }
        } catch (IOException e) {
            throw new RowException(rows.size() + 2, "-", "not readable as CSV: " + e.getMessage());
        }
        return rows;
    }

    private static Map<String, String> toRow(QuestionDocument q) {
        Map<String, String> r = new LinkedHashMap<>();
        r.put("id", q.id());
        r.put("topic", q.topic());
        r.put("type", q.type().wireName());
        r.put("difficulty", String.valueOf(q.difficulty()));
        r.put("time_limit_seconds", q.timeLimitSeconds() == null ? "" : String.valueOf(q.timeLimitSeconds()));
        r.put("question_zh", q.text().zh());
        r.put("question_en", q.text().en());
        List<String> correct = new ArrayList<>();
        switch (q.type()) {
            case SINGLE, MULTI, TRUE_FALSE -> {
                for (int i = 0; i < q.choices().size(); i++) {
                    putAnswer(r, i, q.choices().get(i).text());
                    if (q.choices().get(i).correct()) {
                        correct.add(String.valueOf(i + 1));
                    }
                }
            }
            case ORDERING -> {
                for (int i = 0; i < q.items().size(); i++) {
                    putAnswer(r, i, q.items().get(i).text());
                }
                r.put(
                        "item_ids",
                        String.join(",", q.items().stream().map(Item::id).toList()));
            }
            case TYPED -> {
                r.put(
                        "answer_1_zh",
                        String.join(SPELLING_SEPARATOR, q.accepted().zh()));
                r.put(
                        "answer_1_en",
                        String.join(SPELLING_SEPARATOR, q.accepted().en()));
            }
            case NUMERIC -> {
                r.put("numeric_answer", q.answer().toPlainString());
                r.put("numeric_tolerance", q.tolerance().toPlainString());
                r.put("numeric_min", q.min().toPlainString());
                r.put("numeric_max", q.max().toPlainString());
                r.put("numeric_step", q.step().toPlainString());
                r.put("unit_zh", q.unit().zh());
                r.put("unit_en", q.unit().en());
            }
        }
        r.put("correct", String.join(";", correct));
        r.put("explanation_zh", q.explanation().zh());
        r.put("explanation_en", q.explanation().en());
        r.put("source_document", q.source() == null ? "" : q.source().document());
        r.put("source_section", q.source() == null ? "" : q.source().section());
        r.replaceAll((column, value) -> value == null ? "" : value); // a language the question lacks: an empty cell
        return r;
    }

    private static void putAnswer(Map<String, String> r, int index, LocalizedText text) {
        r.put("answer_" + (index + 1) + "_zh", text.zh());
        r.put("answer_" + (index + 1) + "_en", text.en());
    }

    private static QuestionDocument fromRow(int row, Map<String, String> v) {
        QuestionType type;
        try {
            type = QuestionType.fromWireName(cell(v, "type"));
        } catch (IllegalArgumentException e) {
            throw new RowException(row, "type", "use single, multi, true_false, numeric, ordering or typed");
        }
        List<LocalizedText> answers = new ArrayList<>();
        for (int i = 1; i <= MAX_ANSWERS; i++) {
            String zh = cell(v, "answer_" + i + "_zh");
            String en = cell(v, "answer_" + i + "_en");
            if (zh.isEmpty() && en.isEmpty()) {
                continue;
            }
            if (answers.size() != i - 1) {
                throw new RowException(
                        row, "answer_" + i + "_zh", "answers must fill columns from answer_1 without" + " gaps");
            }
            // which languages each answer needs follows from the question's: BankValidator names the cell
            answers.add(new LocalizedText(zh, en));
        }
        List<Choice> choices = null;
        List<Item> items = null;
        Accepted accepted = null;
        BigDecimal answer = null;
        BigDecimal tolerance = null;
        BigDecimal min = null;
        BigDecimal max = null;
        BigDecimal step = null;
        LocalizedText unit = null;
        switch (type) {
            case SINGLE, MULTI, TRUE_FALSE -> {
                List<Integer> correct = positions(row, cell(v, "correct"), answers.size());
                choices = new ArrayList<>();
                for (int i = 0; i < answers.size(); i++) {
                    String id = type == QuestionType.TRUE_FALSE ? (i == 0 ? "true" : "false") : letter(i);
                    choices.add(new Choice(id, answers.get(i), correct.contains(i + 1)));
                }
            }
            case ORDERING -> {
                List<String> ids = itemIds(row, cell(v, "item_ids"), answers.size());
                items = new ArrayList<>();
                for (int i = 0; i < answers.size(); i++) {
                    items.add(new Item(ids.get(i), answers.get(i)));
                }
            }
            case TYPED -> {
                if (answers.size() != 1) {
                    throw new RowException(
                            row,
                            "answer_2_zh",
                            "typed questions list their accepted spellings in"
                                    + " answer_1_zh and answer_1_en, separated by |");
                }
                accepted = new Accepted(spellings(cell(v, "answer_1_zh")), spellings(cell(v, "answer_1_en")));
            }
            case NUMERIC -> {
                answer = number(row, v, "numeric_answer");
                tolerance = number(row, v, "numeric_tolerance");
                min = number(row, v, "numeric_min");
                max = number(row, v, "numeric_max");
                step = number(row, v, "numeric_step");
                unit = new LocalizedText(cell(v, "unit_zh"), cell(v, "unit_en"));
            }
        }
        String document = cell(v, "source_document");
        Source source = document.isEmpty() ? null : new Source(document, cell(v, "source_section"));
        String id = cell(v, "id");
        return new QuestionDocument(
                id.isEmpty() ? null : id,
                cell(v, "topic"),
                integer(row, v, "difficulty", 1),
                type,
                new LocalizedText(cell(v, "question_zh"), cell(v, "question_en")),
                choices,
                answer,
                tolerance,
                min,
                max,
                step,
                unit,
                items,
                accepted,
                new LocalizedText(cell(v, "explanation_zh"), cell(v, "explanation_en")),
                integer(row, v, "time_limit_seconds", null),
                source);
    }

    private static List<Integer> positions(int row, String cell, int answers) {
        List<Integer> out = new ArrayList<>();
        if (cell.isEmpty()) {
            throw new RowException(row, "correct", "name the correct answers by position, for example 2 or 1;3");
        }
        for (String part : cell.split("[;,]")) {
            try {
                int p = Integer.parseInt(part.trim());
                if (p < 1 || p > answers) {
                    throw new RowException(row, "correct", "position " + p + " has no answer");
                }
                out.add(p);
            } catch (NumberFormatException e) {
                throw new RowException(row, "correct", "'" + part.trim() + "' is not a position");
            }
        }
        return out;
    }

    private static List<String> spellings(String cell) {
        return java.util.Arrays.stream(cell.split("\\|"))
                .map(String::trim)
                .filter(v -> !v.isEmpty())
                .toList();
    }

    /**
     * The ids of an ordering question's items, listed in the order of the answer columns. Without the column, letters
     * in a random order that is not the alphabet's: ids a, b, c in the correct order would tell anyone who reads the
     * question's frame the answer.
     */
    private static List<String> itemIds(int row, String column, int count) {
        if (!column.isBlank()) {
            List<String> ids = List.of(column.split("\\s*,\\s*"));
            if (ids.size() != count
                    || new java.util.HashSet<>(ids).size() != count
                    || !ids.stream().allMatch(id -> id.matches("[a-z0-9_-]{1,12}"))) {
                throw new RowException(
                        row, "item_ids", "one distinct id (a-z, 0-9, _ or -) per item, separated by commas");
            }
            return ids;
        }
        List<String> letters = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            letters.add(letter(i));
        }
        List<String> sorted = List.copyOf(letters);
        java.security.SecureRandom random = new java.security.SecureRandom();
        while (letters.equals(sorted)) {
            java.util.Collections.shuffle(letters, random);
        }
        return letters;
    }

    private static String letter(int index) {
        return String.valueOf((char) ('a' + index));
    }

    private static String cell(Map<String, String> v, String column) {
        String value = v.get(column);
        return value == null ? "" : value;
    }

    private static Integer integer(int row, Map<String, String> v, String column, Integer fallback) {
        String value = cell(v, column).trim();
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new RowException(row, column, "'" + value + "' is not a whole number");
        }
    }

    private static BigDecimal number(int row, Map<String, String> v, String column) {
        String value = cell(v, column).trim();
        if (value.isEmpty()) {
            throw new RowException(row, column, "required for numeric questions");
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new RowException(row, column, "'" + value + "' is not a number");
        }
    }
}
