package io.quizarena.game;

import io.quizarena.scoring.RevealTally;
import java.util.Collection;

/**
 * The open question's bookkeeping: when each player got it, who still owes an answer, and how many answered. The
 * count of players still owing an answer is kept up to date at every change ({@link #track}), so closing early costs
 * O(1) per answer instead of a scan of the room, which the profile of a 10,000-player run showed as the engine's
 * hottest spot (load-tests/RESULTS.md).
 */
final class AnswerWindow {

    private final PhaseClock time;
    private PlayQuestion question;
    private int index = -1;
    private boolean open;
    private int answered;
    private int pending;
    /** The acknowledgement of an answer to the open question: the same for everyone, so encoded once. */
    private String ackFrame;

    AnswerWindow(PhaseClock time) {
        this.time = time;
    }

    /** Opens question {@code index} and hands it (by the caller's send) to every connected player now. */
    void open(int index, PlayQuestion question, Collection<Player> players) {
        this.index = index;
        this.question = question;
        this.open = true;
        this.answered = 0;
        this.ackFrame = Frames.of("answer_ack").put("questionIndex", index).toString();
        pending = 0;
        long now = time.activeNow();
        for (Player p : players) {
            p.heldOpen = false;
            p.questionSentAt = p.peer != null ? now : -1;
            pending += p.peer != null ? 1 : 0;
        }
    }

    void close() {
        open = false;
    }

    boolean isOpen() {
        return open;
    }

    int index() {
        return index;
    }

    String ackFrame() {
        return ackFrame;
    }

    int answered() {
        return answered;
    }

    /**
     * A player who got the open question, has not answered it, may still, and is connected or dropped within the
     * grace period. A window that passes between two updates leaves the count too high, never too low: the question
     * then closes at its deadline, never early by mistake; {@link #recount} puts it right.
     */
    boolean pending(Player p) {
        return open
                && (p.peer != null || p.heldOpen)
                && p.questionSentAt >= 0
                && !p.answers.containsKey(index)
                && time.activeNow() - p.questionSentAt <= question.limitMillis;
    }

    /** Applies a change to a player and keeps the pending count right. */
    void track(Player p, Runnable change) {
        boolean was = pending(p);
        change.run();
        pending += (pending(p) ? 1 : 0) - (was ? 1 : 0);
    }

    /** Records an accepted answer (the caller checked it). */
    void answered(Player p, Player.Answer answer) {
        track(p, () -> p.answers.put(index, answer));
        answered++;
    }

    /** A skipped or aborted question (open, or still counting down): nobody's answer to it counts. */
    void voidQuestion(int question, Collection<Player> players) {
        open = false;
        for (Player p : players) {
            p.answers.remove(question);
            p.questionSentAt = -1;
        }
    }

    /** A kicked player's answer no longer counts towards the live count. */
    void forget(Player p) {
        if (open && p.answers.containsKey(index)) {
            answered--;
        }
    }

    /** A player arriving mid-question gets it now; their clock starts now. */
    void admitLate(Player p) {
        if (open && p.questionSentAt < 0 && !p.answers.containsKey(index)) {
            p.questionSentAt = time.activeNow();
        }
    }

    int pendingCount() {
        return pending;
    }

    void recount(Collection<Player> players) {
        pending = 0;
        for (Player p : players) {
            pending += pending(p) ? 1 : 0;
        }
    }

    /** Active time left of a player's own window; each window closes one limit after their own frame. */
    long remaining(Player p) {
        return Math.max(0, question.limitMillis - (time.activeNow() - p.questionSentAt));
    }

    /** Active time until the last window of a player who still owes an answer has closed; 0 when all have. */
    long untilLastWindowCloses(Collection<Player> players) {
        long lastEnd = 0;
        for (Player p : players) {
            if (p.questionSentAt >= 0 && !p.answers.containsKey(index)) {
                lastEnd = Math.max(lastEnd, p.questionSentAt + question.limitMillis);
            }
        }
        return Math.max(0, lastEnd - time.activeNow());
    }

    /** Response time of an answer arriving now; too late when over the question's limit. */
    long responseMillis(Player p) {
        return p.questionSentAt < 0 ? Long.MAX_VALUE : time.activeNow() - p.questionSentAt;
    }

    /**
     * Scores the question that just closed: each player's points, streak and correct count, with the answer's points
     * recorded for the game's results. Returns the tally of the reveal.
     */
    RevealTally score(Collection<Player> players, GameRules rules) {
        RevealTally tally = new RevealTally(
                new RevealTally.Rules(question.points, question.limitMillis, rules.scoring(), rules.streakBonus()),
                question.shownChoiceIds());
        for (Player p : players) {
            Player.Answer a = p.answers.get(index);
            RevealTally.Outcome outcome = a == null
                    ? tally.missed()
                    : tally.answer(
                            a.credit(),
                            a.responseMillis(),
                            p.streak,
                            a.submission().choiceIds());
            if (a != null) {
                p.answers.put(
                        index,
                        new Player.Answer(index, a.submission(), a.credit(), outcome.points(), a.responseMillis()));
            }
            p.streak = outcome.streak();
            p.score += outcome.points();
            p.correctCount += outcome.correct() ? 1 : 0;
        }
        return tally;
    }
}
