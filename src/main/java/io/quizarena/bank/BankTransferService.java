package io.quizarena.bank;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Sort;
import io.quizarena.bank.BankDocument.QuestionDocument;
import io.quizarena.bank.BankDocument.QuizDocument;
import io.quizarena.identity.Caller;
import io.quizarena.problem.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;

/**
 * Import and export in our JSON format (exact round trip) and in CSV. An import is all or nothing: every row is
 * checked first, and one bad row imports nothing; the error names the row and the field or column.
 */
@ApplicationScoped
public class BankTransferService {

    /** Which questions an export contains. */
    public enum Scope {
        OFFICIAL,
        MINE,
        ALL
    }

    /** What an import wrote. */
    public record ImportReport(
            int questionsCreated,
            int questionsUpdated,
            int quizzesCreated,
            int quizzesUpdated,
            List<String> questionIds,
            List<String> quizIds) {}

    private final BankValidator validator;
    private final QuestionService questions;
    private final QuizService quizzes;
    private final QuestionMapper mapper;
    private final ObjectMapper json;

    public BankTransferService(
            BankValidator validator,
            QuestionService questions,
            QuizService quizzes,
            QuestionMapper mapper,
            ObjectMapper json) {
        this.validator = validator;
        this.questions = questions;
        this.quizzes = quizzes;
        this.mapper = mapper;
        this.json = json;
    }

    @Transactional
    public ImportReport importJson(String body, boolean newIds, Caller caller) {
        JsonNode tree;
        try {
            tree = json.readTree(body);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new InvalidInputException(
                    "the file is not valid JSON",
                    List.of(new Violation(
                            "/",
                            "line " + (at == null ? "?" : at.getLineNr()) + ", column "
                                    + (at == null ? "?" : at.getColumnNr()) + ": " + e.getOriginalMessage())));
        }
        if (tree == null || tree.isMissingNode()) {
            throw new InvalidInputException("the file is empty", List.of(new Violation("/", "empty")));
        }
        List<Violation> schemaViolations = validator.checkSchema(tree);
        if (!schemaViolations.isEmpty()) {
            throw new InvalidInputException("the file does not match the bank schema", schemaViolations);
        }
        BankDocument document;
        try {
            document = json.treeToValue(tree, BankDocument.class);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("the file cannot be read", List.of(new Violation("/", e.getMessage())));
        }
        return importAll(
                document.questions(),
                i -> "/questions/" + i,
                UnaryOperator.identity(),
                document.quizzes(),
                newIds,
                caller);
    }

    @Transactional
    public ImportReport importCsv(String body, boolean newIds, Caller caller) {
        List<CsvFormat.Row> rows;
        try {
            rows = CsvFormat.read(body);
        } catch (CsvFormat.RowException e) {
            throw new InvalidInputException("the CSV file cannot be read", List.of(e.violation()));
        }
        List<QuestionDocument> docs = rows.stream().map(CsvFormat.Row::question).toList();
        return importAll(
                docs, i -> "/rows/" + rows.get(i).row(), BankTransferService::csvColumn, List.of(), newIds, caller);
    }

    /**
     * Imports questions another file format has already read (a Kahoot spreadsheet, bank/kahoot) and one quiz holding
     * them, through the same checks and writes as every import: all or nothing, new ids for everything. The quiz lists
     * the questions by their ids in {@code incoming}, which are replaced by fresh ones; {@code location} and
     * {@code fieldName} name the row and column of that format in violations.
     */
    @Transactional
    public ImportReport importConverted(
            List<QuestionDocument> incoming,
            IntFunction<String> location,
            UnaryOperator<String> fieldName,
            QuizDocument quiz,
            Caller caller) {
        return importAll(incoming, location, fieldName, List.of(quiz), true, caller);
    }

    @Transactional
    public BankDocument export(Scope scope, String topic, Caller caller) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        switch (scope) {
            case OFFICIAL -> where.add("official = true");
            case MINE -> {
                where.add("owner = :me");
                params.put("me", caller.name());
            }
            case ALL -> {
                if (!caller.admin()) {
                    where.add("(official = true or owner = :me)");
                    params.put("me", caller.name());
                }
            }
        }
        if (topic != null) {
            where.add("topic = :topic");
            params.put("topic", topic);
        }
        String query = where.isEmpty() ? "1 = 1" : String.join(" and ", where);
        List<QuestionDocument> exported = Question.<Question>list(query, Sort.by("id"), params).stream()
                .map(mapper::toDocument)
                .toList();
        Set<String> exportedIds = new HashSet<>();
        exported.forEach(q -> exportedIds.add(q.id()));
        String quizQuery = switch (scope) {
            case OFFICIAL -> "official = true";
            case MINE -> "owner = :me";
            case ALL -> caller.admin() ? "1 = 1" : "official = true or owner = :me";
        };
        Map<String, Object> quizParams = quizQuery.contains(":me") ? Map.of("me", caller.name()) : Map.of();
        List<QuizDocument> exportedQuizzes = Quiz.<Quiz>list(quizQuery, Sort.by("id"), quizParams).stream()
                .filter(z -> exportedIds.containsAll(z.questionIds))
                .map(quizzes::toDocument)
                .toList();
        return new BankDocument(BankDocument.FORMAT_VERSION, topic, exported, exportedQuizzes);
    }

    public String exportCsv(Scope scope, String topic, Caller caller) {
        return CsvFormat.write(export(scope, topic, caller).questions());
    }

    /**
     * Checks everything, then writes everything. {@code location} names where question {@code i} came from (a JSON
     * pointer or a CSV row) and {@code fieldName} translates a field of the question into that source's terms.
     */
    private ImportReport importAll(
            List<QuestionDocument> incoming,
            IntFunction<String> location,
            UnaryOperator<String> fieldName,
            List<QuizDocument> incomingQuizzes,
            boolean newIds,
            Caller caller) {
        Map<String, String> renamed = new HashMap<>();
        List<QuestionDocument> docs = new ArrayList<>();
        for (QuestionDocument q : incoming) {
            if (newIds || q.id() == null) {
                String fresh = HostContentIds.newQuestionId();
                if (q.id() != null) {
                    renamed.put(q.id(), fresh);
                }
                docs.add(q.withId(fresh));
            } else {
                docs.add(q);
            }
        }
        List<Violation> violations = new ArrayList<>();
        Map<String, Question> existing = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < docs.size(); i++) {
            QuestionDocument q = docs.get(i);
            String at = location.apply(i);
            try {
                questions.requireValidHostQuestion(q);
            } catch (InvalidInputException e) {
                e.violations()
                        .forEach(v -> violations.add(new Violation(
                                at + fieldName.apply(v.field()),
                                describe(at, fieldName.apply(v.field()), v.message()))));
                continue;
            }
            q = q.withDefaultTimeLimit();
            docs.set(i, q);
            if (!seen.add(q.id())) {
                violations.add(new Violation(at + fieldName.apply("/id"), "id " + q.id() + " appears twice"));
                continue;
            }
            Question current = Question.findById(q.id());
            if (current != null) {
                if (current.official || !caller.mayEdit(current.owner)) {
                    violations.add(new Violation(
                            at + fieldName.apply("/id"),
                            "id " + q.id()
                                    + " belongs to " + (current.official ? "the official bank" : "another host")
                                    + "; import with newIds=true to make copies"));
                } else {
                    existing.put(q.id(), current);
                }
            }
        }
        List<QuizDocument> quizDocs = new ArrayList<>();
        for (QuizDocument z : incomingQuizzes) {
            List<String> ids = z.questionIds() == null
                    ? List.of()
                    : z.questionIds().stream()
                            .map(id -> renamed.getOrDefault(id, id))
                            .toList();
            quizDocs.add(new QuizDocument(
                    newIds || z.id() == null ? HostContentIds.newQuizId() : z.id(), z.title(), z.description(), ids));
        }
        Map<String, Quiz> existingQuizzes = new HashMap<>();
        for (int i = 0; i < quizDocs.size(); i++) {
            QuizDocument z = quizDocs.get(i);
            try {
                quizzes.requireValid(z, caller, seen);
            } catch (InvalidInputException e) {
                int index = i;
                e.violations()
                        .forEach(v -> violations.add(new Violation("/quizzes/" + index + v.field(), v.message())));
                continue;
            }
            Quiz current = Quiz.findById(z.id());
            if (current != null) {
                if (current.official || !caller.mayEdit(current.owner)) {
                    violations.add(new Violation("/quizzes/" + i + "/id", "id " + z.id() + " is taken"));
                } else {
                    existingQuizzes.put(z.id(), current);
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException("nothing was imported: " + violations.size() + " problem(s)", violations);
        }
        int created = 0;
        for (QuestionDocument q : docs) {
            Question current = existing.get(q.id());
            if (current == null) {
                questions.persistNew(q, caller.name());
                created++;
            } else {
                mapper.apply(q, current);
                current.updatedAt = QuestionService.now();
            }
        }
        int quizzesCreated = 0;
        for (QuizDocument z : quizDocs) {
            Quiz current = existingQuizzes.get(z.id());
            if (current == null) {
                Quiz quiz = new Quiz();
                quiz.official = false;
                quiz.owner = caller.name();
                quiz.createdAt = QuestionService.now();
                quizzes.apply(z, quiz);
                quiz.persist();
                quizzesCreated++;
            } else {
                quizzes.apply(z, current);
            }
        }
        return new ImportReport(
                created,
                docs.size() - created,
                quizzesCreated,
                quizDocs.size() - quizzesCreated,
                docs.stream().map(QuestionDocument::id).toList(),
                quizDocs.stream().map(QuizDocument::id).toList());
    }

    private static String describe(String at, String field, String message) {
        if (at.startsWith("/rows/")) {
            return "row " + at.substring("/rows/".length()) + ", column " + field.substring(1) + ": " + message;
        }
        return message;
    }

    /** Maps a field of a question (JSON pointer) to the CSV column that carries it. */
    static String csvColumn(String pointer) {
        String[] p = pointer.split("/");
        if (p.length < 2) {
            return "/id";
        }
        String column = switch (p[1]) {
            case "text" -> p.length > 2 ? "question_" + p[2] : "question_en";
            case "explanation" -> p.length > 2 ? "explanation_" + p[2] : "explanation_en";
            case "choices", "items" ->
                p.length > 4 && p[2].matches("\\d+")
                        ? "answer_" + (Integer.parseInt(p[2]) + 1) + "_" + p[4]
                        : (p[1].equals("choices") ? "correct" : "answer_1_en");
            case "accepted" -> p.length > 2 ? "answer_1_" + p[2] : "answer_1_en";
            case "answer" -> "numeric_answer";
            case "tolerance" -> "numeric_tolerance";
            case "min" -> "numeric_min";
            case "max" -> "numeric_max";
            case "step" -> "numeric_step";
            case "unit" -> p.length > 2 ? "unit_" + p[2] : "unit_en";
            case "timeLimitSeconds" -> "time_limit_seconds";
            case "source" -> p.length > 2 ? "source_" + p[2] : "source_document";
            default -> p[1];
        };
        return "/" + column;
    }
}
