package io.quizarena.room;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.quizarena.bank.QuizService;
import io.quizarena.bank.QuizService.Playable;
import io.quizarena.bank.Violation;
import io.quizarena.game.Game;
import io.quizarena.game.NicknamePolicy;
import io.quizarena.game.Presentation;
import io.quizarena.game.TokenHash;
import io.quizarena.identity.Caller;
import io.quizarena.problem.InvalidInputException;
import io.quizarena.problem.NotFoundException;
import io.quizarena.problem.ServiceUnavailableException;
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

    /** What anyone may know about a room before joining; the join link is at the origin of the request that asks. */
    public record RoomSummary(
            String pin,
            String state,
            boolean locked,
            boolean hostConnected,
            int playerCount,
            List<String> teams,
            String joinUrl) {}

    private final QuizService quizzes;
    private final RoomDirectory directory;
    private final RoomStore store;
    private final RoomDrain drain;
    private final RoomGames games;
    private final RoomConfig config;
    private final GuestIds ids;
    private final JoinGuard guard;

    RoomService(
            QuizService quizzes,
            RoomDirectory directory,
            RoomStore store,
            RoomDrain drain,
            RoomGames games,
            RoomConfig config,
            GuestIds ids,
            JoinGuard guard) {
        this.quizzes = quizzes;
        this.directory = directory;
        this.store = store;
        this.drain = drain;
        this.games = games;
        this.config = config;
        this.ids = ids;
        this.guard = guard;
    }

    /** The nickname rules every game applies: the built-in list and the configured extra words. */
    @Produces
    @ApplicationScoped
    static NicknamePolicy nicknamePolicy(RoomConfig config) {
        return new NicknamePolicy(config.blockedWords().orElse(List.of()));
    }

    /** @param origin the base of the join link (docs/adr/0016): the public URL, or the origin the host's request used */
    public CreatedRoom create(String quizId, RoomSettings requested, Caller caller, String origin) {
        RoomSettings given = requested == null ? RoomSettings.none() : requested;
        var violations = given.violations();
        if (quizId == null || quizId.isBlank()) {
            violations.add(new Violation("/quizId", "required"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException("the room settings are not valid", violations);
        }
        if (drain.draining()) {
            throw new ServiceUnavailableException("this server is shutting down; open the room again");
        }
        RoomSettings settings = given.withDefaults(config.defaultPlayerCap());
        Playable quiz = quizzes.playable(quizId, caller);
        String hostToken = ids.token();
        Game game =
                directory.open(plan(quiz, settings, caller, TokenHash.of(hostToken), origin), config.maxRoomsPerHost());
        String pin = game.pin();
        return new CreatedRoom(pin, hostToken, JoinLinks.joinUrl(origin, pin), "/ws/host/" + pin, "/ws/play/" + pin);
    }

    /** What the room is made of: the quiz's questions in playing order, each with its limit, points and look. */
    private RoomPlan plan(Playable quiz, RoomSettings settings, Caller caller, String hostTokenHash, String origin) {
        var documents = new ArrayList<>(quiz.questions());
        if (settings.shuffleQuestions()) {
            Collections.shuffle(documents, new SecureRandom());
        }
        Presentation presentation = new Presentation(
                config.presentationSeed().orElseGet(ids::seed), config.shuffle(), settings.shuffleChoices());
        List<RoomPlan.PlannedQuestion> questions = new ArrayList<>();
        for (var document : documents) {
            int limit = settings.timeLimitSeconds() != null ? settings.timeLimitSeconds() : document.timeLimitSeconds();
            questions.add(new RoomPlan.PlannedQuestion(document, limit, settings.points()));
        }
        return new RoomPlan(
                quiz.quizId(),
                quiz.title(),
                caller.name(),
                hostTokenHash,
                settings.rules(),
                questions,
                presentation,
                origin);
    }

    /**
     * Looks a room up for someone about to join; an unknown PIN counts towards the address's join limits.
     *
     * @param origin the base of the join link: the public URL, or the origin of the request that asks
     */
    public RoomSummary lookup(String pin, String address, String origin) {
        JoinGuard.Admission admission = guard.admit(address, pin);
        if (admission == JoinGuard.Admission.REFUSED) {
            throw new TooManyRequestsException("too many unknown PINs from your address; wait a minute");
        }
        Game game = directory.local(pin);
        if (game != null) {
            guard.found(address, pin, admission);
            return new RoomSummary(
                    game.pin(),
                    game.phase().name(),
                    game.locked(),
                    game.hostConnected(),
                    game.playerCount(),
                    game.teams(),
                    JoinLinks.joinUrl(origin, game.pin()));
        }
        // run by another node, or waiting for one to take it over: as of its last snapshot
        RoomStore.Row row = pin != null && pin.matches("\\d{6}") ? store.find(pin, false) : null;
        if (row == null) {
            throw new NotFoundException("no open room with PIN " + pin); // the guess stays spent
        }
        guard.found(address, pin, admission);
        return new RoomSummary(
                pin,
                row.phase(),
                row.locked(),
                row.hostConnected(),
                row.playerCount(),
                RoomCodec.plan(row.plan()).rules().teams(),
                JoinLinks.joinUrl(origin, pin));
    }
}
