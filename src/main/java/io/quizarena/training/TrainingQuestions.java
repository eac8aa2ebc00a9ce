package io.quizarena.training;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.quizarena.bank.BankDocument.QuestionDocument;
import io.quizarena.game.StateJson;
import java.util.List;

/** The questions an assignment or attempt keeps, as stored: JSON of the bank's documents, keys included. */
@RegisterForReflection
record TrainingQuestions(List<QuestionDocument> questions) {

    TrainingQuestions {
        questions = List.copyOf(questions);
    }

    static byte[] encode(List<QuestionDocument> questions) {
        return StateJson.encode(new TrainingQuestions(questions));
    }

    static List<QuestionDocument> decode(byte[] stored) {
        return StateJson.decode(stored, TrainingQuestions.class).questions();
    }
}
