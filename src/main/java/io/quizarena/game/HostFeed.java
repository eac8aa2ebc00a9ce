package io.quizarena.game;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * What the host hears between phases, coalesced: arrivals, departures and the live answer count go out at most once
 * per interval, however many joins and answers arrive, to every seated host connection. Players never hear these.
 */
final class HostFeed {

    private static final int MAX_LISTED_ARRIVALS = 50;

    private final PhaseClock time;
    private final long intervalMillis;
    private final HostSeat host;
    private final Roster roster;
    private final AnswerWindow window;
    private final List<Player> arrivals = new ArrayList<>();
    private final List<String> departures = new ArrayList<>();
    private boolean answersDirty;
    private GameClock.Cancellable flushTimer;

    HostFeed(PhaseClock time, long intervalMillis, HostSeat host, Roster roster, AnswerWindow window) {
        this.time = time;
        this.intervalMillis = intervalMillis;
        this.host = host;
        this.roster = roster;
        this.window = window;
    }

    void arrived(Player p) {
        arrivals.add(p);
        schedule();
    }

    void departed(Player p) {
        departures.add(p.id);
        schedule();
    }

    /** Someone connected again (a resume): the host's counts changed. */
    void touched() {
        schedule();
    }

    void answersChanged() {
        answersDirty = true;
        schedule();
    }

    /** The reveal made the live count moot. */
    void answersShown() {
        answersDirty = false;
    }

    void cancel() {
        if (flushTimer != null) {
            flushTimer.cancel();
            flushTimer = null;
        }
    }

    private void schedule() {
        if (flushTimer == null) {
            flushTimer = time.after(intervalMillis, this::flush);
        }
    }

    private void flush() {
        flushTimer = null;
        if (!host.occupied()) {
            arrivals.clear();
            departures.clear();
            answersDirty = false;
            return;
        }
        if (!arrivals.isEmpty() || !departures.isEmpty()) {
            ObjectNode frame = Frames.of("players").put("count", roster.size());
            ArrayNode joined = frame.putArray("joined");
            arrivals.stream()
                    .skip(Math.max(0, arrivals.size() - MAX_LISTED_ARRIVALS))
                    .forEach(p -> {
                        ObjectNode entry =
                                joined.addObject().put("playerId", p.id).put("nickname", p.nickname);
                        if (p.team != null) {
                            entry.put("team", p.team);
                        }
                    });
            frame.put("joinedCount", arrivals.size());
            ArrayNode left = frame.putArray("left");
            departures.forEach(left::add);
            host.send(frame.toString());
            arrivals.clear();
            departures.clear();
        }
        if (answersDirty && window.isOpen()) {
            host.send(Frames.of("answer_count")
                    .put("questionIndex", window.index())
                    .put("answered", window.answered())
                    .put("connected", roster.connected())
                    .toString());
        }
        answersDirty = false;
    }
}
