package io.quizarena.training;

import static io.quizarena.training.TrainingTestSupport.answer;
import static io.quizarena.training.TrainingTestSupport.assign;
import static io.quizarena.training.TrainingTestSupport.guest;
import static io.quizarena.training.TrainingTestSupport.host;
import static io.quizarena.training.TrainingTestSupport.next;
import static io.quizarena.training.TrainingTestSupport.player;
import static io.quizarena.training.TrainingTestSupport.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quizarena.testing.HostContent;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An assignment over HTTP, as a trainer and learners use it: stop and continue, bad input, time limit, deadline. */
@QuarkusTest
class AssignmentFlowTest {

    /** The training clock, moved by the tests: the server is the only clock. */
    static class MovableClock extends TrainingClock {
        volatile Instant now = super.now();

        @Override
        public Instant now() {
            return now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }
    }

    @Inject
    DataSource dataSource;

    MovableClock clock;

    @BeforeEach
    void moveableClock() {
        clock = new MovableClock();
        QuarkusMock.installMockForType(clock, TrainingClock.class);
    }

    @Test
    void aGuestStopsContinuesAndFinishesTwoAttemptsAndNothingWrongChangesAnything() throws Exception {
        String quiz = HostContent.quizOf(List.of(single("b"), single("c"), single("a")));
        String id = assign(quiz, clock.now().plus(Duration.ofDays(1)), 2, null);
        host().get("/api/assignments/" + id)
                .then()
                .statusCode(200)
                .body("questionCount", equalTo(3))
                .body("closed", equalTo(false))
                .body("link", endsWith("/train/" + id));

        Response started = guest(null).body(Map.of("nickname", "Ada")).post("/api/assignments/" + id + "/attempts");
        started.then().statusCode(201).body("guestId", notNullValue()).body("number", equalTo(1));
        String guestId = started.path("guestId");
        String attempt = started.path("id");
        var ada = guest(guestId);

        answer(guest(guestId), attempt, 0, "b").then().statusCode(409).body("code", equalTo("not_served"));
        Response served = next(guest(guestId), attempt);
        served.then().statusCode(200).body("index", equalTo(0)).body("total", equalTo(3));
        assertThat(served.asString()).doesNotContain("correct").doesNotContain("Because");

        answer(ada, attempt, 0, "a")
                .then()
                .statusCode(200)
                .body("correct", equalTo(false))
                .body("points", equalTo(0))
                .body("key.choiceIds", equalTo(List.of("b")))
                .body("explanation.en", equalTo("Because b"));
        answer(guest(guestId), attempt, 0, "b").then().statusCode(409).body("code", equalTo("already_answered"));

        // someone else's attempt, a forged guest id, an answer that fits no choice: typed errors, nothing changes
        player().get("/api/attempts/" + attempt).then().statusCode(403).body("code", equalTo("not_your_attempt"));
        guest(guestId.substring(0, guestId.length() - 2) + "xx")
                .get("/api/attempts/" + attempt)
                .then()
                .statusCode(400)
                .body("code", equalTo("invalid_guest_id"));
        next(guest(guestId), attempt).then().statusCode(200).body("index", equalTo(1));
        answer(guest(guestId), attempt, 1, "z").then().statusCode(400).body("code", equalTo("unknown_choice"));
        guest(guestId).get("/api/attempts/" + attempt).then().body("answeredCount", equalTo(1));

        // stop, and continue on another device that has the same guest id: the same attempt, the same question
        guest(guestId)
                .body(Map.of("nickname", "Ada"))
                .post("/api/assignments/" + id + "/attempts")
                .then()
                .statusCode(201)
                .body("id", equalTo(attempt))
                .body("guestId", nullValue())
                .body("answeredCount", equalTo(1));
        next(guest(guestId), attempt).then().body("index", equalTo(1));
        answer(guest(guestId), attempt, 1, "c")
                .then()
                .body("correct", equalTo(true))
                .body("points", equalTo(1000));
        next(guest(guestId), attempt);
        answer(guest(guestId), attempt, 2, "a")
                .then()
                .body("finished", equalTo(true))
                .body("score", equalTo(2000));
        next(guest(guestId), attempt).then().statusCode(409).body("code", equalTo("attempt_finished"));
        answer(guest(guestId), attempt, 2, "a").then().statusCode(409).body("code", equalTo("attempt_finished"));
        guest(guestId)
                .get("/api/attempts/" + attempt + "/review")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(3))
                .body("items[0].submission.choiceIds", equalTo(List.of("a")))
                .body("items[0].question.correct.choiceIds", equalTo(List.of("b")))
                .body("items[0].correct", equalTo(false));
        assertThat(scoreEvents(attempt)).isEqualTo(1);

        // the second attempt of two, then no third
        String second = guest(guestId)
                .body(Map.of("nickname", "Ada"))
                .post("/api/assignments/" + id + "/attempts")
                .then()
                .statusCode(201)
                .body("number", equalTo(2))
                .extract()
                .path("id");
        for (int i = 0; i < 3; i++) {
            next(guest(guestId), second);
            answer(guest(guestId), second, i, "b").then().statusCode(200);
        }
        guest(guestId)
                .body(Map.of("nickname", "Ada"))
                .post("/api/assignments/" + id + "/attempts")
                .then()
                .statusCode(409)
                .body("code", equalTo("no_attempts_left"));
    }

    @Test
    void theServersClockDecidesTheTimeLimitAndTheDeadline() {
        String quiz = HostContent.quizOf(List.of(single("a"), single("b"), single("c")));
        String id = assign(quiz, clock.now().plus(Duration.ofHours(1)), 1, 10);
        String attempt = player().body(Map.of())
                .post("/api/assignments/" + id + "/attempts")
                .then()
                .statusCode(201)
                .body("nickname", equalTo("player"))
                .extract()
                .path("id");
        next(player(), attempt).then().body("limitMillis", equalTo(10_000)).body("remainingMillis", equalTo(10_000));
        clock.advance(Duration.ofSeconds(5));
        next(player(), attempt).then().body("index", equalTo(0)).body("remainingMillis", equalTo(5_000));
        clock.advance(Duration.ofMillis(5_400)); // past the limit, within the network grace
        answer(player(), attempt, 0, "a")
                .then()
                .body("timedOut", equalTo(false))
                .body("correct", equalTo(true));

        next(player(), attempt).then().body("index", equalTo(1));
        clock.advance(Duration.ofSeconds(11));
        answer(player(), attempt, 1, "b")
                .then()
                .statusCode(200)
                .body("timedOut", equalTo(true))
                .body("credit", equalTo(0.0f))
                .body("key.choiceIds", hasItems("b"));

        // a question left to time out counts as missed when the learner comes back
        next(player(), attempt).then().body("index", equalTo(2));
        clock.advance(Duration.ofMinutes(2));
        next(player(), attempt).then().statusCode(409).body("code", equalTo("attempt_finished"));
        player().get("/api/attempts/" + attempt)
                .then()
                .body("answeredCount", equalTo(3))
                .body("correctCount", equalTo(1));

        String late = HostContent.quizOf(List.of(single("a")));
        String closing = assign(late, clock.now().plus(Duration.ofMinutes(1)), 1, null);
        String open = guest(null)
                .body(Map.of("nickname", "Bo"))
                .post("/api/assignments/" + closing + "/attempts")
                .then()
                .statusCode(201)
                .extract()
                .path("guestId");
        clock.advance(Duration.ofMinutes(2));
        host().get("/api/assignments/" + closing).then().body("closed", equalTo(true));
        guest(open)
                .body(Map.of("nickname", "Bo"))
                .post("/api/assignments/" + closing + "/attempts")
                .then()
                .statusCode(409)
                .body("code", equalTo("assignment_closed"));
    }

    @Test
    void onlyTrainersAssignAndBadRulesAreRefusedByField() {
        String quiz = HostContent.quizOf(List.of(single("a")));
        player().body(Map.of(
                        "quizId",
                        quiz,
                        "deadline",
                        clock.now().plus(Duration.ofDays(1)).toString()))
                .post("/api/assignments")
                .then()
                .statusCode(403);
        host().body(Map.of(
                        "quizId",
                        quiz,
                        "deadline",
                        clock.now().minusSeconds(60).toString(),
                        "attemptsAllowed",
                        0,
                        "timeLimitSeconds",
                        2,
                        "scoring",
                        "SPEED"))
                .post("/api/assignments")
                .then()
                .statusCode(400)
                .body("code", equalTo("invalid_input"))
                .body("errors.field", hasItems("/deadline", "/attemptsAllowed", "/timeLimitSeconds"));
        host().body(Map.of(
                        "quizId",
                        "no-such-quiz",
                        "deadline",
                        clock.now().plus(Duration.ofDays(1)).toString()))
                .post("/api/assignments")
                .then()
                .statusCode(404)
                .body("code", equalTo("unknown_quiz"));
        guest(null)
                .body(Map.of("nickname", "Cy"))
                .post("/api/assignments/nope/attempts")
                .then()
                .statusCode(404)
                .body("code", equalTo("unknown_assignment"));
        String id = assign(quiz, clock.now().plus(Duration.ofDays(1)), 1, null);
        guest(null)
                .body(Map.of())
                .post("/api/assignments/" + id + "/attempts")
                .then()
                .statusCode(400)
                .body("errors.field", hasItems("/nickname"));
        player().get("/api/assignments").then().statusCode(403);
        host().get("/api/assignments").then().statusCode(200).body("id", hasItems(id));
    }

    private long scoreEvents(String attemptId) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "select count(*) from outbox_event where event_type = 'PlayerScored' and payload like ?")) {
            s.setString(1, "%\"gameId\":\"" + attemptId + "\"%");
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
