package io.quizarena.bank;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A question as stored. The columns that queries filter on are columns; the type-specific part lives in {@code body}
 * as JSON, read and written only through {@link QuestionMapper}.
 */
@Entity
@Table(name = "question")
public class Question extends PanacheEntityBase {

    @Id
    public String id;

    public String topic;

    @Enumerated(EnumType.STRING)
    @Column(name = "question_type")
    public QuestionType type;

    /** 1 to 5, stored as smallint (V1__bank.sql); the type code keeps Hibernate's schema check in dev mode quiet. */
    @JdbcTypeCode(SqlTypes.SMALLINT)
    public int difficulty;

    @Column(name = "text_zh")
    public String textZh;

    @Column(name = "text_en")
    public String textEn;

    @Column(name = "explanation_zh")
    public String explanationZh;

    @Column(name = "explanation_en")
    public String explanationEn;

    @Column(name = "time_limit_seconds")
    public int timeLimitSeconds;

    public String body;

    @Column(name = "source_document")
    public String sourceDocument;

    @Column(name = "source_section")
    public String sourceSection;

    /** Official questions come from the bank files and are read-only through the API. */
    public boolean official;

    /** The host who created the question; null for official questions. */
    public String owner;

    /** Hash of the question's document, so the loader rewrites only what changed. */
    @Column(name = "content_hash")
    public String contentHash;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Version
    public long version;
}
