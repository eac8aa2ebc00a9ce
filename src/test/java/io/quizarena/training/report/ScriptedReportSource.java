package io.quizarena.training.report;

import io.quarkus.test.Mock;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** The report source of the tests: assignment {@code a1} and game {@code g1} of {@link ReportSamples}, owned by host. */
@Mock
@ApplicationScoped
public class ScriptedReportSource implements ReportSource {

    public static final String ASSIGNMENT = "a1";
    public static final String GAME = "g1";

    @Override
    public Optional<ReportInput> assignment(String assignmentId) {
        return ASSIGNMENT.equals(assignmentId)
                ? Optional.of(ReportSamples.input("assignment", assignmentId))
                : Optional.empty();
    }

    @Override
    public Optional<ReportInput> game(String gameId) {
        return GAME.equals(gameId) ? Optional.of(ReportSamples.input("game", gameId)) : Optional.empty();
    }
}
