package io.quizarena.leaderboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The projector's processed ids are pruned by age: older than the keep period go, the rest stay. */
@QuarkusTest
class ProcessedEventPruningTest {

    @Inject
    ProcessedEventPruner pruner;

    @Inject
    ProcessedIdsConfig config;

    @Inject
    DataSource dataSource;

    @Test
    void idsOlderThanTheKeepPeriodGoAndNewerOnesStay() throws SQLException {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        assertThat(config.keep()).isEqualTo(Duration.ofDays(21));
        String longGone = processedAt(now.minus(Duration.ofDays(60)));
        String justPast = processedAt(now.minus(config.keep()).minusSeconds(1));
        String justWithin = processedAt(now.minus(config.keep()).plusSeconds(60));
        String yesterday = processedAt(now.minus(Duration.ofDays(1)));

        pruner.prune(now);

        assertThat(existing(List.of(longGone, justPast, justWithin, yesterday)))
                .containsExactlyInAnyOrder(justWithin, yesterday);
    }

    @Test
    void moreOldIdsThanOneStatementDeletesAreAllPruned() throws SQLException {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<String> old = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            old.add(processedAt(now.minus(Duration.ofDays(30 + i))));
        }
        String recent = processedAt(now.minus(Duration.ofDays(2)));

        pruner.pruneBefore(now.minus(Duration.ofDays(21)), 2);

        List<String> all = new ArrayList<>(old);
        all.add(recent);
        assertThat(existing(all)).containsExactly(recent);
    }

    private String processedAt(Instant when) throws SQLException {
        String id = UUID.randomUUID().toString();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement("insert into processed_event (event_id, processed_at) values (?, ?)")) {
            s.setString(1, id);
            s.setTimestamp(2, Timestamp.from(when));
            s.executeUpdate();
        }
        return id;
    }

    private List<String> existing(List<String> ids) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select 1 from processed_event where event_id = ?")) {
            for (String id : ids) {
                s.setString(1, id);
                try (ResultSet r = s.executeQuery()) {
                    if (r.next()) {
                        found.add(id);
                    }
                }
            }
        }
        return found;
    }
}
