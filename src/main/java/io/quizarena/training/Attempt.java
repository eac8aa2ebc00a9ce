package io.quizarena.training;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.quizarena.scoring.ScoringMode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One learner's way through a set of questions at their own pace: an assignment attempt, a practice round or a review
 * session. The server keeps the progress, so a learner can stop and continue on any device.
 */
@Entity
@Table(name = "training_attempt")
public class Attempt extends PanacheEntityBase {

    /** What an attempt is for; only assignment attempts send score events. */
    @RegisterForReflection // part of AttemptView, the entity of a 201 Response
    public enum Kind {
        ASSIGNMENT,
        PRACTICE,
        REVIEW
    }

    @Id
    public String id;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    @Column(name = "assignment_id")
    public String assignmentId;

    @Column(name = "learner_key")
    public String learnerKey;

    public String nickname;

    @Column(name = "attempt_number")
    public int number;

    @Column(name = "title_zh")
    public String titleZh;

    @Column(name = "title_en")
    public String titleEn;

    /** {@link TrainingQuestions} JSON, in playing order; holds the keys, so never serialized to a client. */
    public byte[] questions;

    @Column(name = "question_count")
    public int questionCount;

    public long seed;

    @Column(name = "shuffle_choices")
    public boolean shuffleChoices;

    @Column(name = "show_explanations")
    public boolean showExplanations;

    @Column(name = "time_limit_seconds")
    public Integer timeLimitSeconds;

    @Enumerated(EnumType.STRING)
    public ScoringMode scoring;

    /** The assignment's deadline, copied so an attempt knows it without a join; null for practice and review. */
    public Instant deadline;

    /** The question served and not answered yet, or -1. */
    @Column(name = "served_index")
    public int servedIndex;

    /** When the served question was first served: the start of its response time. */
    @Column(name = "served_at")
    public Instant servedAt;

    @Column(name = "answered_count")
    public int answeredCount;

    public int score;

    @Column(name = "correct_count")
    public int correctCount;

    public int streak;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @Version
    public long version;

    boolean finished() {
        return finishedAt != null;
    }

    boolean closedAt(Instant now) {
        return deadline != null && !now.isBefore(deadline);
    }
}
