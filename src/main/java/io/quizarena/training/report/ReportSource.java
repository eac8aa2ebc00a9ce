package io.quizarena.training.report;

import java.util.Optional;

/** Where a report's facts come from: the saved assignment attempts or the saved live game. */
public interface ReportSource {

    /** The assignment's questions, players and their latest attempt's answers; empty when it does not exist. */
    Optional<ReportInput> assignment(String assignmentId);

    /** The saved game's questions, players and answers; empty when no such game was saved. */
    Optional<ReportInput> game(String gameId);
}
