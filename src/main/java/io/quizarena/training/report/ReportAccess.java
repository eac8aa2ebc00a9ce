package io.quizarena.training.report;

import io.quizarena.identity.Caller;
import io.quizarena.problem.NotAllowedException;
import io.quizarena.problem.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Finds a report's facts and decides who reads them: the trainer who owns the assignment or game, or an admin. An
 * unknown id is a 404 for everyone signed in (an assignment's existence is public anyway, its link is handed out).
 */
@ApplicationScoped
public class ReportAccess {

    private final ReportSource source;

    public ReportAccess(ReportSource source) {
        this.source = source;
    }

    public TrainingReport assignment(String id, Caller caller) {
        return allowed(source.assignment(id), "unknown_assignment", "no assignment " + id, caller);
    }

    public TrainingReport game(String id, Caller caller) {
        return allowed(source.game(id), "unknown_game", "no saved game " + id, caller);
    }

    private static TrainingReport allowed(Optional<ReportInput> found, String code, String missing, Caller caller) {
        ReportInput input = found.orElseThrow(() -> new NotFoundException(missing).withCode(code));
        if (!mayRead(caller, input.owner())) {
            throw new NotAllowedException("only its owner or an admin reads this report").withCode("not_report_owner");
        }
        return TrainingReport.of(input);
    }

    static boolean mayRead(Caller caller, String owner) {
        return caller.admin() || (caller.name() != null && caller.name().equals(owner));
    }
}
