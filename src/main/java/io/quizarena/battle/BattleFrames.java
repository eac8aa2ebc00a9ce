package io.quizarena.battle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quizarena.game.Frames;
import io.quizarena.game.GameRecord;
import io.quizarena.game.PlayQuestion;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The frames a battle adds to its game's (docs/asyncapi.yaml, channel battle). */
final class BattleFrames {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a battle did to one side's rating (its global one). */
    record RatingChange(int side, double before, double after, double deviationAfter, boolean counted) {}

    private BattleFrames() {}

    /** Who is who: sent after the game's welcome, on every join and return. */
    static String welcome(Battle battle, Battle.Side side) {
        Battle.Side other = battle.opponentOf(side);
        ObjectNode frame = Frames.of("battle_welcome")
                .put("battleId", battle.id)
                .put("kind", battle.kind.name().toLowerCase(Locale.ROOT))
                .put("topic", battle.topic)
                .put("questionCount", battle.game.questions().size())
                .put("side", side.index)
                .put("status", battle.status().name().toLowerCase(Locale.ROOT));
        if (battle.code != null) {
            frame.put("code", battle.code);
        }
        frame.putObject("you")
                .put("nickname", side.nickname)
                .put("rating", Math.round(side.rating))
                .put("provisional", side.provisional);
        ObjectNode opponent =
                frame.putObject("opponent").put("joined", other.joined).put("ghost", other.ghost != null);
        if (other.nickname != null) {
            opponent.put("nickname", other.nickname)
                    .put("rating", Math.round(other.rating))
                    .put("provisional", other.provisional);
        }
        return frame.toString();
    }

    static String opponentLeft(String battleId, int seconds) {
        return Frames.of("opponent_left")
                .put("battleId", battleId)
                .put("returnWithinSeconds", seconds)
                .toString();
    }

    static String opponentBack(String battleId) {
        return Frames.of("opponent_back").put("battleId", battleId).toString();
    }

    static String expired(String battleId) {
        return Frames.of("battle_expired").put("battleId", battleId).toString();
    }

    static String rematchOffered(String battleId) {
        return Frames.of("rematch_offered").put("battleId", battleId).toString();
    }

    static String rematchReady(String battleId, String next) {
        return Frames.of("rematch_ready")
                .put("battleId", battleId)
                .put("next", next)
                .toString();
    }

    /** The result for one side: who won, both scores, and every question with its key and both sides' answers. */
    static String over(
            Battle battle, Battle.Side side, GameRecord record, int[] scores, String[] outcomes, boolean aborted) {
        Battle.Side other = battle.opponentOf(side);
        ObjectNode frame = Frames.of("battle_over")
                .put("battleId", battle.id)
                .put("outcome", aborted ? "aborted" : outcomes[side.index].toLowerCase(Locale.ROOT));
        frame.putObject("you")
                .put("nickname", side.nickname)
                .put("score", scores[side.index])
                .put("forfeited", side.forfeited);
        frame.putObject("opponent")
                .put("nickname", other.nickname)
                .put("score", scores[other.index])
                .put("forfeited", other.forfeited)
                .put("ghost", other.ghost != null);
        Map<String, GameRecord.AnswerRow> answers = new HashMap<>();
        record.answers().forEach(a -> answers.put(a.playerId() + "/" + a.questionIndex(), a));
        ArrayNode review = frame.putArray("review");
        List<PlayQuestion> questions = battle.game.questions();
        for (int i = 0; i < record.questionsPlayed() && i < questions.size(); i++) {
            ObjectNode item = review.addObject().put("questionIndex", i);
            item.set("question", questions.get(i).revealed());
            item.set("you", answer(answers.get(side.playerId() + "/" + i), true));
            item.set("opponent", answer(answers.get(other.playerId() + "/" + i), false));
        }
        return frame.toString();
    }

    private static ObjectNode answer(GameRecord.AnswerRow a, boolean withSubmission) {
        ObjectNode out = Frames.object()
                .put("answered", a != null)
                .put("correct", a != null && a.credit() == 1)
                .put("points", a == null ? 0 : a.points());
        if (a != null && withSubmission) {
            out.set("submission", parse(a.submission().toJson()));
        }
        return out;
    }

    static String ratingChanged(String battleId, Battle.Side side, RatingChange[] changes) {
        ObjectNode frame = Frames.of("rating_changed").put("battleId", battleId);
        put(frame, "you", changes[side.index]);
        put(frame, "opponent", changes[1 - side.index]);
        return frame.toString();
    }

    private static void put(ObjectNode frame, String field, RatingChange change) {
        if (change == null) {
            frame.putNull(field); // a ghost's owner was not rated
            return;
        }
        frame.putObject(field)
                .put("before", Math.round(change.before()))
                .put("after", Math.round(change.after()))
                .put("change", Math.round(change.after()) - Math.round(change.before()))
                .put("provisional", change.deviationAfter() > io.quizarena.scoring.Glicko2.Rating.PROVISIONAL_DEVIATION)
                .put("counted", change.counted());
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a stored submission is not JSON", e);
        }
    }
}
