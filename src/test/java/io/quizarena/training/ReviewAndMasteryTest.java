package io.quizarena.training;

import static io.quizarena.training.TrainingTestSupport.guest;
import static io.quizarena.training.TrainingTestSupport.next;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quizarena.bank.BankDocument.Choice;
import io.quizarena.bank.BankDocument.Item;
import io.quizarena.bank.BankDocument.QuestionDocument;
import io.quizarena.bank.Question;
import io.quizarena.bank.QuestionMapper;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Practice misses enter the review queue; a review session rates them; mastery shows where a learner stands. */
@QuarkusTest
class ReviewAndMasteryTest {

    @Inject
    QuestionMapper mapper;

    @Test
    void practiceMissesAreDueAtOnceAReviewSchedulesThemLaterAndMasteryCountsBoth() {
        AssignmentFlowTest.MovableClock clock = new AssignmentFlowTest.MovableClock();
        QuarkusMock.installMockForType(clock, TrainingClock.class);
        guest(null)
                .body(Map.of("topic", "nope"))
                .post("/api/practice")
                .then()
                .statusCode(400)
                .body("code", equalTo("unknown_topic"));

        JsonPath practice = guest(null)
                .body(Map.of("topic", "moe"))
                .post("/api/practice")
                .then()
                .statusCode(201)
                .body("kind", equalTo("PRACTICE"))
                .body("showExplanations", equalTo(true))
                .extract()
                .jsonPath();
        String guestId = practice.getString("guestId");
        int count = practice.getInt("questionCount");
        assertThat(count).isBetween(1, 10);
        playAll(guestId, practice.getString("id"), count, false);
        guest(guestId).get("/api/review").then().body("due", equalTo(count)).body("total", equalTo(count));

        JsonPath review = guest(guestId)
                .post("/api/review/sessions")
                .then()
                .statusCode(201)
                .body("kind", equalTo("REVIEW"))
                .extract()
                .jsonPath();
        assertThat(review.getInt("questionCount")).isEqualTo(count);
        playAll(guestId, review.getString("id"), count, true);
        JsonPath after = guest(guestId)
                .get("/api/review")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(after.getInt("due")).isZero();
        assertThat(Instant.parse(after.getString("nextDueAt")))
                .isAfter(clock.now().plus(Duration.ofHours(12)));
        guest(guestId).post("/api/review/sessions").then().statusCode(409).body("code", equalTo("nothing_due"));

        JsonPath mastery = guest(guestId)
                .get("/api/mastery")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(mastery.getString("topics[0].topic")).isEqualTo("moe");
        assertThat(mastery.getInt("topics[0].answered")).isEqualTo(2 * count);
        assertThat(mastery.getInt("topics[0].correct")).isEqualTo(count);
        assertThat(mastery.getDouble("topics[0].shareCorrect")).isEqualTo(0.5);
        assertThat(mastery.getList("topics[0].trend")).hasSize(6);
        assertThat(mastery.getInt("topics[0].trend[5].answered")).isEqualTo(2 * count);
        // another learner's study is their own: a new guest has practised nothing
        String other = guest(null)
                .body(Map.of())
                .post("/api/practice")
                .then()
                .statusCode(201)
                .extract()
                .path("guestId");
        assertThat(guest(other).get("/api/mastery").jsonPath().getList("topics.answered", Integer.class))
                .containsOnly(0);
    }

    /** Answers every question of the attempt, rightly or wrongly, with the keys read from the bank itself. */
    private void playAll(String guestId, String attemptId, int count, boolean right) {
        for (int i = 0; i < count; i++) {
            JsonPath served = next(guest(guestId), attemptId)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            String questionId = served.getString("question.id");
            QuestionDocument q =
                    QuarkusTransaction.requiringNew().call(() -> mapper.toDocument(Question.findById(questionId)));
            Map<String, Object> body = new HashMap<>(answer(q, right));
            body.put("index", i);
            guest(guestId)
                    .body(body)
                    .post("/api/attempts/" + attemptId + "/answers")
                    .then()
                    .statusCode(200)
                    .body("correct", equalTo(right));
        }
    }

    private static Map<String, Object> answer(QuestionDocument q, boolean right) {
        return switch (q.type()) {
            case SINGLE, TRUE_FALSE, MULTI -> {
                List<String> correct = q.choices().stream()
                        .filter(Choice::correct)
                        .map(Choice::id)
                        .toList();
                List<String> wrong = q.choices().stream()
                        .filter(c -> !c.correct())
                        .map(Choice::id)
                        .toList();
                yield Map.of("choiceIds", right ? correct : List.of(wrong.get(0)));
            }
            case NUMERIC ->
                Map.of("value", right ? q.answer() : (q.answer().compareTo(q.max()) == 0 ? q.min() : q.max()));
            case ORDERING -> {
                List<String> order =
                        new ArrayList<>(q.items().stream().map(Item::id).toList());
                if (!right) {
                    java.util.Collections.reverse(order);
                }
                yield Map.of("order", order);
            }
            case TYPED -> Map.of("text", right ? q.accepted().en().get(0) : "zzz-not-an-answer");
        };
    }
}
