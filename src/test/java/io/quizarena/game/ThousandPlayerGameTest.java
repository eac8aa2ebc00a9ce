package io.quizarena.game;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizarena.bank.BankDocument.QuestionDocument;
import io.quizarena.bank.QuestionType;
import io.quizarena.scoring.ScoringMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A scripted live game of 1,000 players on the engine alone: every player answers every question at a time and with a
 * choice that follow from their number, a few drop and never come back; every score, rank and saved answer is then
 * checked against the scoring rule worked out here, by hand.
 */
class ThousandPlayerGameTest {

    private static final int PLAYERS = 1_000;
    private static final int LIMIT_MS = 20_000;
    private static final String[] KEYS = {"a", "c", "d", "b", "a"};

    private static int answerTime(int player, int question) {
        return (player * 37 + question * 911) % 15_000;
    }

    private static String choice(int player, int question) {
        return (player + question) % 3 == 0 ? "b" : KEYS[question]; // two in three are right
    }

    private static boolean dropsOut(int player) {
        return player % 97 == 5; // from the third question on, this player is gone
    }

    @Test
    void everyScoreRankAndSavedAnswerIsExact() {
        List<QuestionDocument> questions = new ArrayList<>();
        for (int q = 0; q < KEYS.length; q++) {
            questions.add(GameHarness.choiceQuestion("q" + q, QuestionType.SINGLE, LIMIT_MS / 1000, KEYS[q]));
        }
        GameHarness h = new GameHarness(questions, new HostPaced(), GameHarness.rules(ScoringMode.SPEED, 0, true));
        RecordingPeer host = h.host();
        List<RecordingPeer> players = new ArrayList<>();
        for (int i = 0; i < PLAYERS; i++) {
            players.add(h.join("player" + i));
        }
        int[] expectedScore = new int[PLAYERS];
        int[] streak = new int[PLAYERS];
        h.hostSends(host, PaceCommand.START);
        for (int q = 0; q < KEYS.length; q++) {
            h.clock.advance(3_000);
            int question = q;
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < PLAYERS; i++) {
                if (q == 2 && dropsOut(i)) {
                    h.leave(players.get(i));
                }
                if (!(q >= 2 && dropsOut(i))) {
                    order.add(i);
                }
            }
            order.sort(Comparator.comparingInt(i -> answerTime(i, question)));
            long openedAt = h.clock.now();
            for (int i : order) {
                h.clock.advance(openedAt + answerTime(i, q) - h.clock.now());
                h.choose(players.get(i), q, choice(i, q));
                boolean right = choice(i, q).equals(KEYS[q]);
                // speed scoring worked out by hand: base * (1 - t / limit / 2), then the streak bonus
                int points = right ? (int) Math.round(1000 * (1 - answerTime(i, q) / (double) LIMIT_MS / 2)) : 0;
                streak[i] = right ? streak[i] + 1 : 0;
                points += right && streak[i] >= 2 ? Math.min(500, 100 * (streak[i] - 1)) : 0;
                expectedScore[i] += points;
            }
            for (int i = 0; i < PLAYERS; i++) {
                if (q >= 2 && dropsOut(i)) {
                    streak[i] = 0;
                }
            }
            // once the last connected player answered the question closes early (the dropped ones' grace is over)
            h.clock.advance(5_000);
            assertThat(host.last("reveal").path("questionIndex").asInt()).isEqualTo(q);
            h.hostSends(host, PaceCommand.NEXT);
        }
        assertThat(host.take("podium").path("playerCount").asInt()).isEqualTo(PLAYERS);
        GameRecord record = h.saved.get(0);
        for (GameRecord.PlayerResult result : record.players()) {
            int i = Integer.parseInt(result.nickname().substring("player".length()));
            assertThat(result.score()).as(result.nickname()).isEqualTo(expectedScore[i]);
            long higher = java.util.Arrays.stream(expectedScore)
                    .filter(s -> s > expectedScore[i])
                    .count();
            assertThat(result.rank()).as(result.nickname() + " rank").isEqualTo(1 + higher);
            if (!dropsOut(i)) {
                assertThat(players.get(i).last("final").path("score").asInt()).isEqualTo(expectedScore[i]);
            }
        }
        long dropped = java.util.stream.IntStream.range(0, PLAYERS)
                .filter(ThousandPlayerGameTest::dropsOut)
                .count();
        assertThat(record.answers()).hasSize((int) (PLAYERS * KEYS.length - dropped * 3));
        assertThat(record.answers()).allMatch(a -> a.responseMillis() == answerTime(playerOf(a), a.questionIndex()));
        assertThat(h.failures).isEmpty();
    }

    private static int playerOf(GameRecord.AnswerRow a) {
        return Integer.parseInt(a.playerId().substring(1)) - 1;
    }
}
