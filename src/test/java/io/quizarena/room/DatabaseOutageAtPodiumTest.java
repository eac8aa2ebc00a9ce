package io.quizarena.room;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Only in -Pit, against the real PostgreSQL of deploy/local/postgres.sh: the database goes away just before the
 * podium; the host sees the game being saved until the database is back, and then the game is saved once.
 */
@QuarkusTest
@TestProfile(VirtualTimeProfile.class)
@Tag("real-services")
class DatabaseOutageAtPodiumTest extends RoomTestSupport {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aGameEndingWhileTheDatabaseIsAwayIsSavedWhenItIsBack() throws Exception {
        JsonObject room = openRoom(quizOf(List.of(choiceQuestion("single", 20, "b"))), Map.of("scoring", "ACCURACY"));
        String pin = room.getString("pin");
        TestSocket host = host(room);
        TestSocket ada = joined(pin, "Ada");
        openNextQuestion(host, "start", List.of(ada));
        ada.send(choices(0, "b"));
        ada.await("result");
        try {
            postgres("stop");
            host.send(command("next"));
            String gameId = host.await("saving").getString("gameId");
            assertThat(ada.await("final").getInteger("score")).isEqualTo(1000);
            for (int i = 0; i < 20; i++) {
                clock().advance(1_000); // attempts fail while the database is away
            }
            assertThat(host.frames()).noneMatch(f -> f.contains("\"game_saved\""));
            postgres("start");
            Awaitility.await().atMost(TestSocket.WAIT).until(() -> {
                clock().advance(5_000);
                return host.hasPending("game_saved");
            });
            assertThat(host.await("game_saved").getString("gameId")).isEqualTo(gameId);
            assertThat(gamesWithId(gameId)).isEqualTo(1);
        } finally {
            postgres("start");
        }
    }

    private int gamesWithId(String gameId) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select count(*) from game where id = ?")) {
            s.setString(1, gameId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    /** Stops or starts the real database with the same script CI uses. */
    static void postgres(String command) {
        try {
            Path script = Path.of(System.getProperty("user.dir"), "deploy", "local", "postgres.sh");
            Process p = new ProcessBuilder("bash", script.toString(), command)
                    .inheritIO()
                    .start();
            assertThat(p.waitFor(120, TimeUnit.SECONDS))
                    .as("postgres.sh " + command)
                    .isTrue();
            assertThat(p.exitValue())
                    .as("postgres.sh " + command + " exit code")
                    .isZero();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
