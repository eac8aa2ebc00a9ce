package io.quizarena.game;

import static io.quizarena.game.GameHarness.lastError;
import static io.quizarena.game.GameHarness.single;
import static org.assertj.core.api.Assertions.assertThat;

import io.quizarena.bank.BankDocument.QuestionDocument;
import io.quizarena.scoring.ScoringMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A game carried on from a snapshot, as another node does after a crash or a drain: built with new, the snapshot
 * going through its JSON form as it does through the database.
 */
class GameContinuityTest {

    private static final List<QuestionDocument> QUESTIONS =
            List.of(single("q1", 20, "b"), single("q2", 20, "c"), single("q3", 20, "a"));
    /** Accuracy without streak bonus: 1000 a right answer, so every expected score is a count of right answers. */
    private static final GameRules RULES =
            new GameRules(ScoringMode.ACCURACY, false, 1000, 0, false, true, 100_000, false);

    private static GameHarness newGame() {
        return new GameHarness(
                QUESTIONS,
                new HostPaced(),
                RULES,
                GameHarness.TIMINGS,
                GameHarness.HOST_TOKEN,
                new Presentation(1, false, false),
                true,
                null);
    }

    /** The game another node builds from the snapshot, after it went through JSON. */
    private static GameHarness restored(GameSnapshot snapshot) {
        GameSnapshot read = StateJson.decode(StateJson.encode(snapshot), GameSnapshot.class);
        assertThat(read).usingRecursiveComparison().isEqualTo(snapshot);
        return new GameHarness(
                QUESTIONS,
                new HostPaced(),
                RULES,
                GameHarness.TIMINGS,
                GameHarness.HOST_TOKEN,
                new Presentation(1, false, false),
                true,
                read);
    }

    private static GameSnapshot last(GameHarness h) {
        return h.snapshots.get(h.snapshots.size() - 1);
    }

    /** A player coming back to the restored game with the token the first node gave them. */
    private static RecordingPeer resume(GameHarness h, RecordingPeer before) {
        RecordingPeer peer = new RecordingPeer(before.name + " again");
        String token = before.last("welcome").path("resumeToken").asText();
        h.run(() -> h.game.playerMessage(peer, new PlayerCommand.Resume(token)));
        return peer;
    }

    @Test
    void afterACrashMidQuestionTheRestoredGameVoidsThatQuestionAndPlaysOnWithEveryScoreKept() {
        GameHarness first = newGame();
        RecordingPeer host = first.host();
        RecordingPeer ada = first.join("Ada");
        RecordingPeer bob = first.join("Bob");
        first.hostSends(host, PaceCommand.START);
        first.clock.advance(3_000);
        first.choose(ada, 0, "b");
        first.choose(bob, 0, "a"); // everyone answered: the reveal
        first.hostSends(host, PaceCommand.NEXT);
        first.clock.advance(3_000);
        first.choose(ada, 1, "c"); // the node dies before the reveal: this answer is in no snapshot
        GameSnapshot crash = last(first);
        assertThat(crash.phase()).isEqualTo(Phase.QUESTION_OPEN);
        assertThat(crash.questionIndex()).isEqualTo(1);
        String json = new String(StateJson.encode(crash), StandardCharsets.UTF_8);
        assertThat(json)
                .as("no secret in the snapshot")
                .doesNotContain(GameHarness.HOST_TOKEN)
                .doesNotContain(ada.last("welcome").path("resumeToken").asText());

        GameHarness second = restored(crash);
        RecordingPeer host2 = new RecordingPeer("host again", "host");
        second.run(() -> second.game.hostMessage(host2, new HostCommand.Hello(GameHarness.HOST_TOKEN)));
        assertThat(host2.take("host_welcome").path("version").asLong()).isGreaterThan(crash.version());
        RecordingPeer ada2 = resume(second, ada);
        RecordingPeer bob2 = resume(second, bob);
        var welcome = ada2.take("welcome");
        assertThat(welcome.path("you").path("score").asInt()).isEqualTo(1000);
        assertThat(welcome.path("resumeToken").asText())
                .as("the player's own token, handed back")
                .isEqualTo(ada.last("welcome").path("resumeToken").asText());
        assertThat(welcome.path("current").path("type").asText())
                .as("the interrupted question is voided; the next one is coming")
                .isEqualTo("get_ready");
        assertThat(welcome.path("current").path("questionIndex").asInt()).isEqualTo(2);

        second.clock.advance(3_000);
        assertThat(ada2.take("question").path("questionIndex").asInt()).isEqualTo(2);
        second.choose(ada2, 2, "a");
        second.choose(bob2, 2, "a");
        assertThat(bob2.take("result").path("score").asInt()).isEqualTo(1000);
        second.hostSends(host2, PaceCommand.NEXT);
        GameRecord record = second.saved.get(0);
        assertThat(record.players())
                .extracting(GameRecord.PlayerResult::nickname, GameRecord.PlayerResult::score)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Ada", 2000),
                        org.assertj.core.groups.Tuple.tuple("Bob", 1000));
        assertThat(record.answers())
                .extracting(GameRecord.AnswerRow::questionIndex)
                .as("nothing recorded for the voided question")
                .containsExactlyInAnyOrder(0, 0, 2, 2);
        assertThat(record.questionsPlayed()).isEqualTo(2);
        assertThat(second.failures).isEmpty();
    }

    @Test
    void aDrainLetsTheOpenQuestionRevealThenFreezesAndTheNextNodeGoesOnWithNothingLostOrReplayed() {
        GameHarness first = newGame();
        RecordingPeer host = first.host();
        RecordingPeer ada = first.join("Ada");
        RecordingPeer bob = first.join("Bob");
        first.hostSends(host, PaceCommand.START);
        first.clock.advance(3_000);
        first.choose(ada, 0, "b");
        List<GameSnapshot> handed = new ArrayList<>();
        first.run(() -> first.game.drain(handed::add));
        assertThat(handed).as("the open question runs on").isEmpty();
        first.choose(bob, 0, "b");
        assertThat(handed).hasSize(1);
        GameSnapshot drained = handed.get(0);
        assertThat(drained.phase()).isEqualTo(Phase.REVEAL);
        assertThat(drained.players())
                .extracting(GameSnapshot.PlayerState::score)
                .containsExactly(1000, 1000);
        first.hostSends(host, PaceCommand.NEXT);
        assertThat(lastError(host)).as("a frozen game takes no step").isEqualTo("moving");
        first.run(first.game::handOff);
        assertThat(ada.has("reconnect")).isTrue();
        assertThat(ada.closeCode).isEqualTo(CloseCodes.MOVING);
        assertThat(host.closeCode).isEqualTo(CloseCodes.MOVING);

        GameHarness second = restored(drained);
        RecordingPeer ada2 = resume(second, ada);
        assertThat(ada2.take("welcome").path("room").path("paused").asBoolean())
                .as("held until the host is back")
                .isTrue();
        RecordingPeer host2 = new RecordingPeer("host again", "host");
        second.run(() -> second.game.hostMessage(host2, new HostCommand.Hello(GameHarness.HOST_TOKEN)));
        assertThat(ada2.has("resumed")).isTrue();
        second.hostSends(host2, PaceCommand.NEXT);
        second.clock.advance(3_000);
        assertThat(ada2.take("question").path("questionIndex").asInt())
                .as("the next question, not the one revealed before the move")
                .isEqualTo(1);
        assertThat(second.failures).isEmpty();
    }

    @Test
    void aPodiumTheDatabaseHadNotConfirmedIsSavedAgainUnderTheSameGameId() {
        GameHarness first = newGame();
        first.saveFailure = new IllegalStateException("database away");
        RecordingPeer host = first.host();
        RecordingPeer ada = first.join("Ada");
        first.hostSends(host, PaceCommand.END);
        GameSnapshot podium = last(first);
        assertThat(podium.phase()).isEqualTo(Phase.PODIUM);
        assertThat(podium.saved()).isFalse();
        assertThat(podium.gameId()).isNotNull();

        GameHarness second = restored(podium);
        assertThat(second.saved).extracting(GameRecord::gameId).containsExactly(podium.gameId());
        assertThat(last(second).saved()).isTrue();
        RecordingPeer ada2 = resume(second, ada);
        assertThat(ada2.take("welcome").path("current").path("type").asText()).isEqualTo("podium");
    }

    @Test
    void aRestoredRosterKeepsItsRulesTokensNicknamesAndKicks() {
        GameHarness first = newGame();
        RecordingPeer host = first.host();
        RecordingPeer ada = first.join("Ada");
        first.join("Bob");
        first.run(() -> first.game.hostMessage(host, new HostCommand.Kick("p2")));
        first.run(() -> first.game.hostMessage(host, new HostCommand.Lock()));
        first.clock.advance(GameContinuity.LOBBY_SNAPSHOT_DELAY_MILLIS);
        GameSnapshot lobby = last(first);
        assertThat(lobby.locked()).isTrue();

        GameHarness second = restored(lobby);
        RecordingPeer stranger = new RecordingPeer("stranger");
        second.run(() -> second.game.playerMessage(stranger, new PlayerCommand.Resume("guessed")));
        assertThat(lastError(stranger)).isEqualTo("bad_resume_token");
        RecordingPeer host2 = new RecordingPeer("impostor", "host");
        second.run(() -> second.game.hostMessage(host2, new HostCommand.Hello("guessed")));
        assertThat(host2.closeCode).isEqualTo(CloseCodes.BAD_HOST_TOKEN);
        assertThat(lastError(second.join("Cy"))).as("still locked").isEqualTo("room_locked");
        RecordingPeer leaked = new RecordingPeer("leaked token", "host2");
        second.run(() -> second.game.hostMessage(leaked, new HostCommand.Hello(GameHarness.HOST_TOKEN)));
        assertThat(leaked.closeCode)
                .as("a restored game still knows who opened it")
                .isEqualTo(CloseCodes.BAD_HOST_TOKEN);
        RecordingPeer host3 = new RecordingPeer("host again", "host");
        second.run(() -> second.game.hostMessage(host3, new HostCommand.Hello(GameHarness.HOST_TOKEN)));
        second.run(() -> second.game.hostMessage(host3, new HostCommand.Unlock()));
        assertThat(lastError(second.join("Bob"))).as("kicked stays kicked").isEqualTo("nickname_kicked");
        assertThat(lastError(second.join("ada"))).as("Ada's nickname is hers").isEqualTo("nickname_taken");
        assertThat(second.join("Cy").take("welcome").path("playerId").asText())
                .as("ids go on from where they were")
                .isEqualTo("p3");
        RecordingPeer ada2 = resume(second, ada);
        assertThat(ada2.take("welcome").path("playerId").asText()).isEqualTo("p1");
        assertThat(second.failures).isEmpty();
    }
}
