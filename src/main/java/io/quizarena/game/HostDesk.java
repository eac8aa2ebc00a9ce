package io.quizarena.game;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quizarena.game.Pacing.Actor;
import org.jboss.logging.Logger;

/**
 * What a game does with its host's messages and connections: the token, the seat (a big screen and a remote at once,
 * either may command), and the room's admin commands.
 */
final class HostDesk {

    private static final Logger LOG = Logger.getLogger(HostDesk.class);

    private final Game game;
    private final HostSeat host;
    private final Roster roster;
    private final AnswerWindow window;
    private final HostFeed feed;
    private final GameFrames frames;

    HostDesk(Game game, HostFeed feed, GameFrames frames) {
        this.game = game;
        this.host = game.host;
        this.roster = game.roster;
        this.window = game.window;
        this.feed = feed;
        this.frames = frames;
    }

    void handle(Peer peer, HostCommand command) {
        if (command instanceof HostCommand.Hello hello) {
            hello(peer, hello.hostToken(), hello.view());
            return;
        }
        if (!host.isHost(peer)) {
            throw new ProtocolException("not_authenticated", "send hello with the host token first");
        }
        if (command instanceof HostCommand.Pace pace) {
            game.pace(Actor.HOST, pace.command());
        } else if (command instanceof HostCommand.Kick kick) {
            kick(kick.playerId());
        } else if (command instanceof HostCommand.Lock) {
            setLocked(true);
        } else if (command instanceof HostCommand.Unlock) {
            setLocked(false);
        } else if (command instanceof HostCommand.SetCap setCap) {
            setCap(setCap.cap());
        } else if (command instanceof HostCommand.Sync) {
            peer.send(frames.hostWelcome());
        }
    }

    /** Closes a host connection that did not authenticate in time. */
    void helloTimeout(Peer peer) {
        if (!host.isHost(peer)) {
            peer.close(CloseCodes.NOT_AUTHENTICATED, "send hello with the host token first");
        }
    }

    /** The token or the screen pass, and the account that opened the room: either alone seats nobody. */
    private void hello(Peer peer, String token, HostView view) {
        if (!host.accepts(token)) {
            peer.close(CloseCodes.BAD_HOST_TOKEN, "wrong host token");
            return;
        }
        if (!host.ownedBy(peer.userName())) {
            peer.close(CloseCodes.BAD_HOST_TOKEN, "this room was opened by another account");
            return;
        }
        Peer replaced = host.sit(view, peer);
        if (replaced != null) {
            replaced.close(CloseCodes.REPLACED, "the host connected again elsewhere");
        }
        peer.send(frames.hostWelcome());
        announceViews();
        if (host.holding) {
            game.pace(PaceCommand.RESUME);
        }
        game.changed();
    }

    /** A host connection closed; returns whether it was seated. The other one, if any, hears it is alone now. */
    boolean left(Peer peer, Runnable onAbsence) {
        boolean seated = host.left(peer, game.time, game.setup.timings().hostAbsence(), onAbsence);
        if (seated) {
            announceViews();
        }
        return seated;
    }

    /** Tells every host connection which views are seated, so the remote knows whether the big screen is on. */
    private void announceViews() {
        ObjectNode frame = Frames.of("host_views");
        ArrayNode views = frame.putArray("views");
        host.views().forEach(v -> views.add(v.wire()));
        host.send(frame.toString());
    }

    private void kick(String playerId) {
        Player player = roster.byId(playerId);
        if (player == null) {
            throw new ProtocolException("unknown_player", "no player " + playerId);
        }
        Peer peer = player.peer;
        window.forget(player);
        window.track(player, () -> {
            roster.kick(player);
            PlayerDesk.endGrace(player);
        });
        if (peer != null) {
            peer.send(Frames.of("kicked").toString());
            peer.close(CloseCodes.KICKED, "removed by the host");
        }
        feed.departed(player);
        game.closeEarlyIfEveryoneAnswered();
        game.changed();
    }

    private void setLocked(boolean value) {
        roster.setLocked(value);
        host.send(Frames.of(value ? "locked" : "unlocked", game.nextVersion()).toString());
        game.changed();
    }

    private void setCap(int value) {
        if (value < 1 || value > 100_000) {
            throw new ProtocolException("invalid_message", "a player cap is 1 to 100000");
        }
        roster.setCap(value);
        host.send(Frames.of("cap_set", game.version()).put("cap", value).toString());
        game.changed();
    }

    /** The sink answered: the host hears whether the game was saved. */
    void saved(String gameId, Throwable failure) {
        if (failure != null) {
            LOG.errorf(failure, "game %s: saving game %s failed", game.pin(), gameId);
        }
        host.send(
                failure == null
                        ? Frames.of("game_saved").put("gameId", gameId).toString()
                        : Frames.error("save_failed", "the results could not be saved; see the server log"));
    }
}
