package io.quizarena.bank;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import io.quizarena.bank.BankDocument.QuestionDocument;
import io.quizarena.bank.BankDocument.QuizDocument;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Loads the official bank at start-up: every file is validated first (a bad file stops start-up with a message that
 * names the file, the question and the field), then new and changed official questions and quizzes are upserted by
 * id. Questions and quizzes that hosts created are never touched.
 */
@ApplicationScoped
public class BankLoader {

    private static final Logger LOG = Logger.getLogger(BankLoader.class);
    /** Premade quizzes that mix topics live in their own file. */
    static final String MIXED_QUIZZES_FILE = "bank/quizzes.json";

    /** What a load did, for the log and for tests. */
    public record LoadReport(int questionsInserted, int questionsUpdated, int quizzesInserted, int quizzesUpdated) {}

    /** The bank files, parsed and checked. */
    public record Bank(List<QuestionDocument> questions, List<QuizDocument> quizzes) {}

    private final BankValidator validator;
    private final QuestionMapper mapper;
    private final QuizService quizzes;
    private final ObjectMapper json;
    private final BankConfig config;

    public BankLoader(
            BankValidator validator, QuestionMapper mapper, QuizService quizzes, ObjectMapper json, BankConfig config) {
        this.validator = validator;
        this.mapper = mapper;
        this.quizzes = quizzes;
        this.json = json;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.loadOnStart()) {
            LoadReport report = load(readOfficialBank());
            LOG.infof(
                    "official bank loaded: %d questions inserted, %d updated; %d quizzes inserted, %d updated",
                    report.questionsInserted(),
                    report.questionsUpdated(),
                    report.quizzesInserted(),
                    report.quizzesUpdated());
        }
    }

    /** Reads and checks every official file; throws {@link BankFileException} on the first bad file. */
    public Bank readOfficialBank() {
        Map<String, QuestionDocument> questions = new LinkedHashMap<>();
        List<QuizDocument> quizzes = new ArrayList<>();
        Map<String, String> quizFile = new LinkedHashMap<>();
        for (Topic topic : Topic.values()) {
            String file = "bank/" + topic.id() + ".json";
            BankDocument document = read(file, topic);
            for (QuestionDocument q : document.questions()) {
                if (questions.putIfAbsent(q.id(), q) != null) {
                    throw new BankFileException(file, q.id(), "/id", "the id is used twice in the bank");
                }
            }
            document.quizzes().forEach(z -> quizFile.put(z.id(), file));
            quizzes.addAll(document.quizzes());
        }
        BankDocument mixed = read(MIXED_QUIZZES_FILE, null);
        if (!mixed.questions().isEmpty()) {
            throw new BankFileException(MIXED_QUIZZES_FILE, null, "/questions", "questions belong in a topic file");
        }
        mixed.quizzes().forEach(z -> quizFile.put(z.id(), MIXED_QUIZZES_FILE));
        quizzes.addAll(mixed.quizzes());
        Set<String> quizIds = new HashSet<>();
        for (QuizDocument quiz : quizzes) {
            String file = quizFile.get(quiz.id());
            if (!quizIds.add(quiz.id())) {
                throw new BankFileException(file, quiz.id(), "/id", "the quiz id is used twice in the bank");
            }
            for (int i = 0; i < quiz.questionIds().size(); i++) {
                if (!questions.containsKey(quiz.questionIds().get(i))) {
                    throw new BankFileException(
                            file,
                            quiz.id(),
                            "/questionIds/" + i,
                            "no official question " + quiz.questionIds().get(i));
                }
            }
        }
        return new Bank(List.copyOf(questions.values()), List.copyOf(quizzes));
    }

    /** Upserts official content by id, rewriting only rows whose content changed. */
    @Transactional
    public LoadReport load(Bank bank) {
        int inserted = 0;
        int updated = 0;
        for (QuestionDocument document : bank.questions()) {
            Question existing = Question.findById(document.id());
            if (existing != null && !existing.official) {
                throw new IllegalStateException(
                        "official question id " + document.id() + " is taken by a question of host " + existing.owner);
            }
            if (existing == null) {
                Question q = new Question();
                mapper.apply(document, q);
                q.official = true;
                q.createdAt = QuestionService.now();
                q.updatedAt = q.createdAt;
                q.persist();
                inserted++;
            } else if (!existing.contentHash.equals(mapper.hash(document))) {
                mapper.apply(document, existing);
                existing.updatedAt = QuestionService.now();
                updated++;
            }
        }
        int quizzesInserted = 0;
        int quizzesUpdated = 0;
        for (QuizDocument document : bank.quizzes()) {
            Quiz existing = Quiz.findById(document.id());
            if (existing != null && !existing.official) {
                throw new IllegalStateException("official quiz id " + document.id() + " is taken by a host's quiz");
            }
            if (existing == null) {
                Quiz quiz = new Quiz();
                quiz.official = true;
                quiz.createdAt = QuestionService.now();
                quizzes.apply(document, quiz);
                quiz.persist();
                quizzesInserted++;
            } else if (!existing.contentHash.equals(mapper.hash(document))) {
                quizzes.apply(document, existing);
                quizzesUpdated++;
            }
        }
        return new LoadReport(inserted, updated, quizzesInserted, quizzesUpdated);
    }

    /** Parses and checks one file; {@code topic} is null for the mixed-quizzes file. */
    BankDocument read(String file, Topic topic) {
        JsonNode tree;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new BankFileException(file, null, "/", "the file is missing");
            }
            tree = json.readTree(in);
        } catch (IOException e) {
            throw new BankFileException(file, null, "/", "not valid JSON: " + e.getMessage());
        }
        return parse(file, tree, topic);
    }

    /** Checks a parsed bank file against the schema and the rules, then reads it. */
    BankDocument parse(String file, JsonNode tree, Topic topic) {
        List<Violation> schemaViolations = validator.checkSchema(tree);
        if (!schemaViolations.isEmpty()) {
            Violation first = schemaViolations.get(0);
            throw new BankFileException(file, questionIdAt(tree, first.field()), first.field(), first.message());
        }
        BankDocument document;
        try {
            document = json.treeToValue(tree, BankDocument.class);
        } catch (IOException e) {
            throw new BankFileException(file, null, "/", e.getMessage());
        }
        if (topic != null && !topic.id().equals(document.topic())) {
            throw new BankFileException(file, null, "/topic", "a topic file declares its topic " + topic.id());
        }
        for (int i = 0; i < document.questions().size(); i++) {
            QuestionDocument q = document.questions().get(i);
            List<Violation> violations = new ArrayList<>(validator.checkRules(q));
            if (topic != null) {
                violations.addAll(validator.checkOfficial(q, topic));
            }
            if (!violations.isEmpty()) {
                Violation first = violations.get(0);
                throw new BankFileException(file, q.id(), "/questions/" + i + first.field(), first.message());
            }
        }
        for (int i = 0; i < document.quizzes().size(); i++) {
            QuizDocument quiz = document.quizzes().get(i);
            List<Violation> violations = validator.checkOfficialQuiz(quiz);
            if (!violations.isEmpty()) {
                Violation first = violations.get(0);
                throw new BankFileException(file, quiz.id(), "/quizzes/" + i + first.field(), first.message());
            }
        }
        return document;
    }

    private static String questionIdAt(JsonNode tree, String pointer) {
        String[] parts = pointer.split("/");
        if (parts.length >= 3 && parts[1].equals("questions") && parts[2].matches("\\d+")) {
            JsonNode id =
                    tree.path("questions").path(Integer.parseInt(parts[2])).path("id");
            return id.isTextual() ? id.asText() : "#" + parts[2];
        }
        return null;
    }
}
