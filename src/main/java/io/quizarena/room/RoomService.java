package io.quizarena.room;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.quizarena.bank.QuizService;
import io.quizarena.bank.QuizService.Playable;
import io.quizarena.bank.Violation;
import io.quizarena.game.Game;
import io.quizarena.game.GameSetup;
import io.quizarena.game.GameTimings;
import io.quizarena.game.HostPaced;
import io.quizarena.game.NicknamePolicy;
import io.quizarena.game.Phase;
import io.quizarena.game.PlayQuestion;
import io.quizarena.game.Presentation;
import io.quizarena.identity.Caller;
import io.quizarena.problem.InvalidInputException;
import io.quizarena.problem.NotFoundException;
import io.quizarena.problem.TooManyRequestsException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Opens rooms (host-paced games) and answers lookups by PIN. */
@ApplicationScoped
public class RoomService {

    /** What the host gets back: the PIN, the secret host token and the links (the entity of a plain Response). */
    @RegisterForReflection
    public record CreatedRoom(String pin, String hostToken, String joinUrl, String hostSocket, String playerSocket) {}

    /** What anyone may know about a room before joining. */
    public record RoomSummary(String pin, String state, boolean locked, boolean hostConnected, int playerCount) {}

    private final QuizService quizzes;
    private final RoomRegistry registry;
    private final RoomEngine engine;
    private final RoomScheduler scheduler;
    private final RoomConfig config;
    private final NicknamePolicy nicknames;
    private final GuestIds ids;
    private final GameRecorder recorder;
    private final JoinGuard guard;

    RoomService(
            QuizService quizzes,
            RoomRegistry registry,
            RoomEngine engine,
            RoomScheduler scheduler,
            RoomConfig config,
            NicknamePolicy nicknames,
            GuestIds ids,
            GameRecorder recorder,
            JoinGuard guard) {
        this.quizzes = quizzes;
        this.registry = registry;
        this.engine = engine;
        this.scheduler = scheduler;
        this.config = config;
        this.nicknames = nicknames;
        this.ids = ids;
        this.recorder = recorder;
        this.guard = guard;
    }

    /** The nickname rules every game applies: the built-in list and the configured extra words. */
    @Produces
    @ApplicationScoped
    static NicknamePolicy nicknamePolicy(RoomConfig config) {
        return new NicknamePolicy(config.blockedWords().orElse(List.of()));
    }

    public CreatedRoom create(String quizId, RoomSettings requested, Caller caller) {
        RoomSettings given = requested == null ? RoomSettings.none() : requested;
        var violations = given.violations();
        if (quizId == null || quizId.isBlank()) {
            violations.add(new Violation("/quizId", "required"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException("the room settings are not valid", violations);
        }
        RoomSettings settings = given.withDefaults(config.defaultPlayerCap());
        Playable quiz = quizzes.playable(quizId, caller);
        List<PlayQuestion> questions = questions(quiz, settings);
        String hostToken = ids.token();
        guard.sweep();
        Game game = registry.register(pin -> new Game(
                new GameSetup(
                        pin,
                        quiz.quizId(),
                        quiz.title(),
                        caller.name(),
                        hostToken,
                        settings.rules(),
                        questions,
                        joinUrl(pin),
                        timings()),
                new HostPaced(),
                new Game.Deps(scheduler, engine.newMailbox(pin), recorder, ids, nicknames, registry::remove)));
        return new CreatedRoom(
                game.pin(), hostToken, joinUrl(game.pin()), "/ws/host/" + game.pin(), "/ws/play/" + game.pin());
    }

    /** The quiz's questions in playing order, each with the room's presentation order and time limit. */
    private List<PlayQuestion> questions(Playable quiz, RoomSettings settings) {
        var documents = new ArrayList<>(quiz.questions());
        if (settings.shuffleQuestions()) {
            Collections.shuffle(documents, new SecureRandom());
        }
        Presentation presentation = new Presentation(
                config.presentationSeed().orElseGet(ids::seed), config.shuffle(), settings.shuffleChoices());
        List<PlayQuestion> questions = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            var document = documents.get(i);
            int limit = settings.timeLimitSeconds() != null ? settings.timeLimitSeconds() : document.timeLimitSeconds();
            questions.add(new PlayQuestion(document, limit, settings.points(), presentation, i));
        }
        return questions;
    }

    private GameTimings timings() {
        return new GameTimings(
                config.getReadySeconds() * 1000L,
                config.coalesceMillis(),
                config.resumeMinutes() * 60_000L,
                config.disconnectGraceSeconds() * 1000L,
                config.hostAbsenceMinutes() * 60_000L,
                config.podiumMinutes() * 60_000L);
    }

    private String joinUrl(String pin) {
        return config.publicUrl() + "/join?pin=" + pin;
    }

    /** Looks a room up for someone about to join; counts towards the address's join limits. */
    public RoomSummary lookup(String pin, String address) {
        if (!guard.allowAttempt(address)) {
            throw new TooManyRequestsException("too many attempts from your address; wait a minute");
        }
        Game game = registry.find(pin);
        if (game == null || game.phase() == Phase.CLOSED) {
            guard.recordFailure(address);
            throw new NotFoundException("no open room with PIN " + pin);
        }
        return new RoomSummary(
                game.pin(), game.phase().name(), game.locked(), game.hostConnected(), game.playerCount());
    }
}
