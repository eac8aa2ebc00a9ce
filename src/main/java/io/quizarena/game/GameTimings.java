package io.quizarena.game;

/**
 * The durations a game runs on, in milliseconds.
 *
 * @param getReady countdown before each question opens
 * @param hostCoalesce host-bound updates (arrivals, live answer count) are coalesced over this interval
 * @param resumeWindow how long a disconnected player may resume with their token
 * @param disconnectGrace how long an open question keeps waiting for a player whose connection dropped, before
 *     closing early stops waiting for them (their own answer window is not shortened)
 * @param hostAbsence how long a game lives without its host before it is abandoned
 * @param podium how long a finished game stays open on its podium before it closes
 */
public record GameTimings(
        long getReady, long hostCoalesce, long resumeWindow, long disconnectGrace, long hostAbsence, long podium) {}
