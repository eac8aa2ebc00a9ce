package io.quizarena.training;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** One answer within an attempt, with its response time by the server's clock. */
@Entity
@Table(name = "attempt_answer")
@IdClass(AttemptAnswer.Key.class)
public class AttemptAnswer extends PanacheEntityBase {

    /** The composite primary key: attempt and question index. */
    public static class Key implements Serializable {
        public String attemptId;
        public int questionIndex;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.questionIndex == questionIndex && Objects.equals(k.attemptId, attemptId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(attemptId, questionIndex);
        }
    }

    @Id
    @Column(name = "attempt_id")
    public String attemptId;

    @Id
    @Column(name = "question_index")
    public int questionIndex;

    @Column(name = "question_id")
    public String questionId;

    public String topic;

    /** The submission as JSON; null when the time ran out without one. */
    public String submission;

    public double credit;

    public int points;

    @Column(name = "response_ms")
    public long responseMillis;

    @Column(name = "timed_out")
    public boolean timedOut;

    @Column(name = "answered_at")
    public Instant answeredAt;

    static List<AttemptAnswer> of(String attemptId) {
        return list("attemptId = ?1 order by questionIndex", attemptId);
    }
}
