package io.quizarena.game;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quizarena.scoring.RevealTally;
import io.quizarena.scoring.TeamScores;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every frame a game sends, built from its state (docs/asyncapi.yaml). Phase frames are returned as objects, kept as
 * the last phase frame for late joiners and encoded once by the caller; personal frames are returned encoded.
 */
final class GameFrames {

    /** The host's snapshot lists at most this many of the latest players. */
    static final int HOST_PLAYER_LIST = 200;

    private final Game game;

    GameFrames(Game game) {
        this.game = game;
    }

    ObjectNode getReady() {
        return Frames.of("get_ready", game.version())
                .put("questionIndex", game.questionIndex())
                .put("questionCount", game.setup.questions().size())
                .put("seconds", game.setup.timings().getReady() / 1000);
    }

    ObjectNode question(PlayQuestion question) {
        ObjectNode frame = Frames.of("question", game.version())
                .put("questionIndex", game.questionIndex())
                .put("questionCount", game.setup.questions().size())
                .put("timeLimitMillis", question.limitMillis)
                .put("points", question.points)
                // wall-clock stamp for measuring fan-out latency (load-tests/); the engine itself never reads it
                .put("openedAtMicros", epochMicros());
        frame.set("question", question.publicPart());
        return frame;
    }

    ObjectNode reveal(PlayQuestion question, RevealTally tally) {
        ObjectNode frame = Frames.of("reveal", game.version()).put("questionIndex", game.questionIndex());
        frame.set("correct", question.key());
        ObjectNode distribution = frame.putObject("distribution");
        tally.distribution().forEach(distribution::put);
        frame.put("answered", tally.answered())
                .put("correctCount", tally.correct())
                .put("playerCount", game.roster.size());
        frame.set("explanation", Frames.text(question.explanation()));
        putTeams(frame);
        return frame;
    }

    String result(Player p) {
        Player.Answer a = p.answers.get(game.questionIndex());
        return Frames.of("result", game.version())
                .put("questionIndex", game.questionIndex())
                .put("answered", a != null)
                .put("correct", a != null && a.correct())
                .put("credit", a == null ? 0 : a.credit())
                .put("points", a == null ? 0 : a.points())
                .put("streak", p.streak)
                .put("score", p.score)
                .put("rank", p.rank)
                .put("playerCount", game.roster.size())
                .toString();
    }

    ObjectNode standings(Standings standings) {
        ObjectNode frame = Frames.of("standings", game.version()).put("questionIndex", game.questionIndex());
        frame.set("top", top(standings.top()));
        frame.put("playerCount", game.roster.size());
        putTeams(frame);
        return frame;
    }

    String standing(Player p, int gapToAbove) {
        return Frames.of("standing", game.version())
                .put("rank", p.rank)
                .put("score", p.score)
                .put("gapToAbove", gapToAbove)
                .put("playerCount", game.roster.size())
                .toString();
    }

    ObjectNode podium(GameRecord.Status status, Standings standings, int questionsPlayed) {
        ObjectNode frame =
                Frames.of("podium", game.version()).put("status", status.name().toLowerCase(Locale.ROOT));
        frame.set("top", top(standings.top()));
        frame.put("playerCount", game.roster.size()).put("questionsPlayed", questionsPlayed);
        putTeams(frame);
        return frame;
    }

    String finalRank(Player p) {
        return Frames.of("final", game.version())
                .put("rank", p.rank)
                .put("score", p.score)
                .put("correctCount", p.correctCount)
                .put("playerCount", game.roster.size())
                .put("gameId", game.gameId())
                .toString();
    }

    /** A player's full snapshot: after join, resume or sync. */
    String welcome(Player p) {
        Phase phase = game.phase();
        int index = game.questionIndex();
        boolean open = phase == Phase.QUESTION_OPEN;
        ObjectNode frame = Frames.of("welcome", game.version())
                .put("protocol", Protocol.VERSION)
                .put("playerId", p.id)
                .put("nickname", p.nickname)
                .put("resumeToken", p.resumeToken)
                .put("guestId", p.guestId);
        if (p.team != null) {
            frame.put("team", p.team);
        }
        frame.set("room", roomInfo());
        ObjectNode you = frame.putObject("you")
                .put("score", p.score)
                .put("streak", p.streak)
                .put("rank", p.rank)
                .put("correctCount", p.correctCount)
                .put("answeredCurrent", open && p.answers.containsKey(index));
        ArrayNode history = you.putArray("answers");
        p.answers.values().stream()
                .filter(a -> a.questionIndex() != index || !open)
                .sorted(Comparator.comparingInt(Player.Answer::questionIndex))
                .forEach(a -> history.addObject()
                        .put("questionIndex", a.questionIndex())
                        .put("correct", a.correct())
                        .put("points", a.points()));
        if (game.lastPhaseFrame() != null) {
            frame.set("current", game.lastPhaseFrame());
            if (open && p.questionSentAt >= 0) {
                frame.put("remainingMillis", game.window.remaining(p));
            }
        }
        return frame.toString();
    }

    /** The host's snapshot: after hello or sync. */
    String hostWelcome() {
        ObjectNode frame = Frames.of("host_welcome", game.version())
                .put("protocol", Protocol.VERSION)
                .put("joinUrl", game.setup.joinUrl())
                .put("cap", game.roster.cap());
        frame.set("room", roomInfo());
        ArrayNode list = frame.putArray("players");
        for (Player p : game.roster.latest(HOST_PLAYER_LIST)) {
            ObjectNode entry = list.addObject()
                    .put("playerId", p.id)
                    .put("nickname", p.nickname)
                    .put("connected", p.connected())
                    .put("score", p.score);
            if (p.team != null) {
                entry.put("team", p.team);
            }
        }
        if (!game.setup.rules().teams().isEmpty()) {
            ArrayNode teams = frame.putArray("teams");
            game.roster
                    .teamSizes()
                    .forEach((team, size) -> teams.addObject().put("team", team).put("members", size));
        }
        if (game.lastPhaseFrame() != null) {
            frame.set("current", game.lastPhaseFrame());
        }
        if (game.phase() == Phase.QUESTION_OPEN) {
            frame.put("answered", game.window.answered());
        }
        return frame.toString();
    }

    private ObjectNode roomInfo() {
        GameSetup setup = game.setup;
        ObjectNode room = Frames.object()
                .put("pin", setup.pin())
                .put("state", game.phase().name())
                .put("questionIndex", game.questionIndex())
                .put("questionCount", setup.questions().size())
                .put("locked", game.roster.locked())
                .put("paused", game.time.paused())
                .put("playerCount", game.roster.size());
        room.set("quizTitle", Frames.text(setup.quizTitle()));
        room.put("scoring", setup.rules().scoringName())
                .put("streakBonus", setup.rules().streakBonus())
                .put("points", setup.rules().points());
        return room;
    }

    /**
     * When anyone plays for a team: every team's score, the mean of its members' points, so a team's size does not
     * decide it. Team codes that differ only in case are one team, shown as first given.
     */
    private void putTeams(ObjectNode frame) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, List<Integer>> points = new LinkedHashMap<>();
        for (String fixed : game.setup.rules().teams()) {
            names.put(fixed.toLowerCase(Locale.ROOT), fixed);
        }
        names.keySet().forEach(k -> points.put(k, new ArrayList<>()));
        for (Player p : game.roster.all()) {
            if (p.team != null) {
                String key = p.team.toLowerCase(Locale.ROOT);
                names.putIfAbsent(key, p.team);
                points.computeIfAbsent(key, k -> new ArrayList<>()).add(p.score);
            }
        }
        if (points.isEmpty()) {
            return;
        }
        ArrayNode teams = frame.putArray("teams");
        for (TeamScores.TeamScore t : TeamScores.rank(points)) {
            teams.addObject()
                    .put("rank", t.rank())
                    .put("team", names.get(t.team()))
                    .put("score", t.mean())
                    .put("members", t.members());
        }
    }

    private static ArrayNode top(List<Player> top) {
        ArrayNode out = Frames.array();
        for (Player p : top) {
            ObjectNode entry = out.addObject()
                    .put("rank", p.rank)
                    .put("playerId", p.id)
                    .put("nickname", p.nickname)
                    .put("score", p.score);
            if (p.team != null) {
                entry.put("team", p.team);
            }
        }
        return out;
    }

    private long epochMicros() {
        java.time.Instant now = game.wallTime();
        return now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
    }
}
