package io.quizarena.training;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quizarena.scoring.ScoringMode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A quiz a trainer handed out, with its rules and the questions as they were when it was assigned (V12). */
@Entity
@Table(name = "assignment")
public class Assignment extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "quiz_id")
    public String quizId;

    @Column(name = "title_zh")
    public String titleZh;

    @Column(name = "title_en")
    public String titleEn;

    public String owner;

    @Column(name = "created_at")
    public Instant createdAt;

    public Instant deadline;

    @Column(name = "attempts_allowed")
    public int attemptsAllowed;

    @Column(name = "show_explanations")
    public boolean showExplanations;

    public boolean shuffle;

    /** Null: no time limit. */
    @Column(name = "time_limit_seconds")
    public Integer timeLimitSeconds;

    @Enumerated(EnumType.STRING)
    public ScoringMode scoring;

    @Column(name = "question_count")
    public int questionCount;

    /** {@link TrainingQuestions} JSON; holds the keys, so never serialized to a client. */
    public byte[] questions;

    boolean closedAt(Instant now) {
        return !now.isBefore(deadline);
    }
}
