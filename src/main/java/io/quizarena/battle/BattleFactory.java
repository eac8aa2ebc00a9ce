package io.quizarena.battle;

import io.quizarena.bank.BankDocument.QuestionDocument;
import io.quizarena.bank.LocalizedText;
import io.quizarena.bank.QuestionService;
import io.quizarena.bank.QuestionType;
import io.quizarena.bank.Topic;
import io.quizarena.cluster.ClusterNode;
import io.quizarena.game.AutoPaced;
import io.quizarena.game.Game;
import io.quizarena.game.GameIds;
import io.quizarena.game.GameRules;
import io.quizarena.game.GameSetup;
import io.quizarena.game.GameTimings;
import io.quizarena.game.NicknamePolicy;
import io.quizarena.game.PlayQuestion;
import io.quizarena.game.Presentation;
import io.quizarena.room.RoomEngine;
import io.quizarena.room.RoomScheduler;
import io.quizarena.scoring.ScoringMode;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Builds battles: the questions, the auto-paced game, its record in the database and its place in the registry.
 * Battles play single-choice and true/false questions only: the others need more than ten seconds to answer.
 */
@ApplicationScoped
class BattleFactory {

    static final Set<QuestionType> BATTLE_TYPES = Set.of(QuestionType.SINGLE, QuestionType.TRUE_FALSE);

    private final BattleConfig config;
    private final QuestionService questions;
    private final BattleStore store;
    private final BattleRegistry registry;
    private final RoomEngine engine;
    private final RoomScheduler clock;
    private final GameIds ids;
    private final NicknamePolicy nicknames;
    private final ClusterNode node;
    private final SecureRandom random = new SecureRandom();

    BattleFactory(
            BattleConfig config,
            QuestionService questions,
            BattleStore store,
            BattleRegistry registry,
            RoomEngine engine,
            RoomScheduler clock,
            GameIds ids,
            NicknamePolicy nicknames,
            ClusterNode node) {
        this.config = config;
        this.questions = questions;
        this.store = store;
        this.registry = registry;
        this.engine = engine;
        this.clock = clock;
        this.ids = ids;
        this.nicknames = nicknames;
        this.node = node;
    }

    /** Fresh questions of a topic ({@code mixed}: all topics), as many as a battle has. */
    List<QuestionDocument> drawQuestions(String topic) {
        List<QuestionDocument> pool =
                new ArrayList<>(questions.official(BattleService.MIXED.equals(topic) ? null : topic, BATTLE_TYPES));
        Collections.shuffle(pool, random);
        return pool.subList(0, Math.min(config.questions(), pool.size()));
    }

    /** Opens a battle on this node with these sides and questions; players then have {@code joinWithin} to come. */
    Battle open(
            BattleKind kind,
            String topic,
            String code,
            Battle.Side[] sides,
            List<QuestionDocument> documents,
            long joinWithinMillis,
            Battle.Owner owner) {
        if (documents.isEmpty()) {
            throw new IllegalStateException("no questions to battle on in topic " + topic);
        }
        String id = "b" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        Battle battle = new Battle(id, kind, topic, code, sides, config, clock, owner);
        Game game = new Game(
                setup(id, topic, documents),
                new AutoPaced(config.revealMillis(), config.scoresMillis()),
                new Game.Deps(
                        clock, engine.newMailbox(id), battle::finished, ids, nicknames, g -> battle.gameClosed()));
        Instant now = Instant.now();
        store.create(
                battle,
                node.id(),
                node.url(),
                documents.stream().map(QuestionDocument::id).toList(),
                now,
                now.plusMillis(joinWithinMillis));
        battle.bind(game);
        registry.add(battle);
        game.submit(() -> battle.start(joinWithinMillis));
        return battle;
    }

    private GameSetup setup(String id, String topic, List<QuestionDocument> documents) {
        Presentation presentation = new Presentation(random.nextLong(), true, true);
        List<PlayQuestion> played = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            int points = i == documents.size() - 1 ? 2 * config.points() : config.points();
            played.add(new PlayQuestion(documents.get(i), config.secondsPerQuestion(), points, presentation, i));
        }
        GameRules rules = new GameRules(ScoringMode.SPEED, false, config.points(), 1, false, true, 2, true);
        long window = config.returnWithinSeconds() * 1000L;
        GameTimings timings = new GameTimings(
                config.getReadySeconds() * 1000L, 250, window, window, 0, config.resultMinutes() * 60_000L);
        return new GameSetup(
                id, "battle-" + topic, title(topic), "battle", null, rules, played, "/battle/" + id, timings);
    }

    private static LocalizedText title(String topic) {
        return Topic.byId(topic).map(Topic::displayName).orElse(new LocalizedText("综合对战", "Mixed battle"));
    }
}
