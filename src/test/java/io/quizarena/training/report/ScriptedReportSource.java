package io.quizarena.training.report;

import io.quarkus.test.Mock;
import io.quizarena.training.TrainingReports;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * The report source of the tests: assignment {@code a1} and game {@code g1} of {@link ReportSamples}, owned by host;
 * any other id is read from the database, as the application does, so tests of real assignments and games still work.
 */
@Mock
@ApplicationScoped
public class ScriptedReportSource implements ReportSource {

    private final TrainingReports database;

    ScriptedReportSource(TrainingReports database) {
        this.database = database;
    }

    public static final String ASSIGNMENT = "a1";
    public static final String GAME = "g1";

    @Override
    public Optional<ReportInput> assignment(String assignmentId) {
        return ASSIGNMENT.equals(assignmentId)
                ? Optional.of(ReportSamples.input("assignment", assignmentId))
                : database.assignment(assignmentId);
    }

    @Override
    public Optional<ReportInput> game(String gameId) {
        return GAME.equals(gameId) ? Optional.of(ReportSamples.input("game", gameId)) : database.game(gameId);
    }
}
