package io.quizarena.battle;

import io.quizarena.bank.BankDocument.QuestionDocument;
import io.quizarena.bank.QuestionService;
import io.quizarena.bank.Topic;
import io.quizarena.game.GameRecord;
import io.quizarena.problem.InvalidInputException;
import io.quizarena.scoring.Glicko2.Rating;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * Battles from start to end: quick battles from a matching round, ghost battles for those nobody met, challenges
 * through a code, rematches; and, as every battle's owner, saving a finished battle and reporting its ratings.
 */
@ApplicationScoped
public class BattleService implements Battle.Owner {

    static final String MIXED = "mixed";
    /** How many times to look for a battle's ratings (a quarter second apart) before giving up. */
    static final int RATING_POLLS = 120;

    private static final Logger LOG = Logger.getLogger(BattleService.class);

    private final BattleConfig config;
    private final BattleFactory factory;
    private final BattleStore store;
    private final BattleRatings ratings;
    private final BattleRegistry registry;
    private final QuestionService questions;
    private final ManagedExecutor workers;
    private final io.quizarena.room.RoomScheduler clock;
    private final MatchPlanner planner;
    private final SecureRandom random = new SecureRandom();

    BattleService(
            BattleConfig config,
            BattleFactory factory,
            BattleStore store,
            BattleRatings ratings,
            BattleRegistry registry,
            QuestionService questions,
            ManagedExecutor workers,
            io.quizarena.room.RoomScheduler clock) {
        this.config = config;
        this.factory = factory;
        this.store = store;
        this.ratings = ratings;
        this.registry = registry;
        this.questions = questions;
        this.workers = workers;
        this.clock = clock;
        this.planner = MatchPlanner.of(config);
    }

    /** The scope a battle on this topic is rated in, and its players matched by. */
    static String scope(String topic) {
        return MIXED.equals(topic) ? "global" : "topic-" + topic;
    }

    static String checkTopic(String topic) {
        if (topic == null || (!MIXED.equals(topic) && Topic.byId(topic).isEmpty())) {
            throw new InvalidInputException(
                    "unknown topic",
                    List.of(new io.quizarena.bank.Violation("/topic", "mixed or a topic id such as moe")));
        }
        return topic;
    }

    Rating ratingOf(String playerKey, String topic) {
        return ratings.rating(playerKey, scope(topic));
    }

    private Battle.Side side(int index, String playerKey, String nickname, String topic, GhostRun ghost) {
        Rating r = playerKey == null ? Rating.INITIAL : ratingOf(playerKey, topic);
        return new Battle.Side(index, playerKey, nickname, r.rating(), r.provisional(), null, ghost);
    }

    /**
     * A matching round: pairs who can meet into quick battles, and gives a ghost to whoever has searched too long.
     * Returns the battle of each matched ticket.
     */
    Map<String, String> match(List<Seeker> waiting, Instant now) {
        Map<String, String> matched = new HashMap<>();
        for (MatchPlanner.Pairing p : planner.plan(waiting, now)) {
            Battle b = factory.open(
                    BattleKind.QUICK,
                    p.topic(),
                    null,
                    new Battle.Side[] {
                        side(0, p.first().playerKey(), p.first().nickname(), p.topic(), null),
                        side(1, p.second().playerKey(), p.second().nickname(), p.topic(), null)
                    },
                    factory.drawQuestions(p.topic()),
                    config.joinWithinSeconds() * 1000L,
                    this);
            matched.put(p.first().ticket(), b.id);
            matched.put(p.second().ticket(), b.id);
        }
        long ghostAfter = config.ghostAfterSeconds() * 1000L;
        for (Seeker s : waiting) {
            if (!matched.containsKey(s.ticket())
                    && now.toEpochMilli() - s.since().toEpochMilli() >= ghostAfter) {
                Battle ghost = ghostBattle(s.playerKey(), s.nickname(), s.topic());
                if (ghost != null) {
                    matched.put(s.ticket(), ghost.id);
                }
            }
        }
        return matched;
    }

    /** A battle against an earlier run of a player of similar rating; null when there is none to replay yet. */
    Battle ghostBattle(String playerKey, String nickname, String topic) {
        String scope = scope(topic);
        GhostPicker.Candidate pick = GhostPicker.pick(
                store.ghostCandidates(topic, scope, 200),
                playerKey,
                ratings.rating(playerKey, scope).rating(),
                random);
        if (pick == null) {
            return null;
        }
        GhostRun run = store.ghostRun(pick);
        List<QuestionDocument> documents = questions.byIds(run.questionIds());
        if (documents.size() != run.questionIds().size()) {
            return null; // a question of that run is gone from the bank
        }
        Battle.Side ghost = new Battle.Side(
                1,
                run.playerKey(),
                run.nickname(),
                run.rating(),
                ratingOf(run.playerKey(), topic).provisional(),
                null,
                run);
        return factory.open(
                BattleKind.GHOST,
                topic,
                null,
                new Battle.Side[] {side(0, playerKey, nickname, topic, null), ghost},
                documents,
                config.joinWithinSeconds() * 1000L,
                this);
    }

    /** A battle waiting for a friend: the creator's side, and a six-digit code for the other. */
    Battle challenge(String playerKey, String nickname, String topic) {
        String code = String.valueOf(100_000 + random.nextInt(900_000));
        return factory.open(
                BattleKind.CHALLENGE,
                checkTopic(topic),
                code,
                new Battle.Side[] {side(0, playerKey, nickname, topic, null), side(1, null, null, topic, null)},
                factory.drawQuestions(topic),
                config.challengeMinutes() * 60_000L,
                this);
    }

    // ---- Battle.Owner

    @Override
    public String rematch(Battle old) {
        Battle.Side a = old.sides[0];
        Battle.Side b = old.sides[1];
        Battle next = b.ghost != null
                ? ghostBattle(a.playerKey, a.nickname, old.topic)
                : factory.open(
                        BattleKind.QUICK,
                        old.topic,
                        null,
                        new Battle.Side[] {
                            side(0, b.playerKey, b.nickname, old.topic, null),
                            side(1, a.playerKey, a.nickname, old.topic, null)
                        },
                        factory.drawQuestions(old.topic),
                        config.joinWithinSeconds() * 1000L,
                        this);
        if (next == null) {
            throw new io.quizarena.game.ProtocolException(
                    "no_rematch", "there is no ghost to replay now; search again");
        }
        return next.id;
    }

    @Override
    public CompletionStage<Void> save(Battle battle, GameRecord record, String[] outcomes) {
        Instant ended = Instant.now();
        return CompletableFuture.runAsync(() -> store.finish(battle, record, outcomes, ended), workers);
    }

    @Override
    public void watchRatings(Battle battle) {
        if (!battle.aborted()) {
            pollRatings(battle, RATING_POLLS);
        }
    }

    /** The projection runs behind Kafka: look for the battle's rating changes every quarter second for a while. */
    private void pollRatings(Battle battle, int pollsLeft) {
        workers.submit(() -> {
            try {
                if (ratings.rated(battle.id)) {
                    String[] keys = {battle.sides[0].playerKey, battle.sides[1].playerKey};
                    BattleFrames.RatingChange[] changes = ratings.changes(battle.id, keys);
                    battle.game.submit(() -> battle.ratingsKnown(changes));
                } else if (pollsLeft > 0) {
                    clock.schedule(250, () -> pollRatings(battle, pollsLeft - 1));
                }
            } catch (RuntimeException e) {
                LOG.warnf(e, "battle %s: its rating changes could not be read", battle.id);
            }
        });
    }

    @Override
    public void started(Battle battle) {
        workers.submit(() -> store.started(battle.id));
    }

    @Override
    public void closed(Battle battle) {
        registry.remove(battle);
        if (battle.status() == Battle.Status.EXPIRED) {
            workers.submit(() -> store.expire(battle.id));
        }
    }
}
