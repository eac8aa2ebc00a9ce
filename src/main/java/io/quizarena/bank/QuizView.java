package io.quizarena.bank;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A quiz shown in one language, each text falling back to the other language where it has none ({@link
 * LocalizedText#in}); {@code questions} is filled when one quiz is fetched, not in listings. {@code languages}: the
 * languages ({@code zh}, {@code en}) the whole quiz can be read in (QuizLanguages).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QuizView(
        String id,
        String title,
        String description,
        boolean official,
        String owner,
        int questionCount,
        List<String> questionIds,
        List<QuestionView> questions,
        List<String> languages) {}
