package io.quizarena.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The transactional outbox: events are rows written on the caller's connection, inside the caller's transaction, so
 * they exist if and only if the results they describe were saved. {@link OutboxRelay} publishes them.
 */
@ApplicationScoped
public class Outbox {

    private static final int BATCH = 500;
    private final ObjectMapper json;
    private final OutboxRelay relay;

    Outbox(ObjectMapper json, OutboxRelay relay) {
        this.json = json;
        this.relay = relay;
    }

    /** Adds the events to the outbox in the transaction that {@code connection} is part of. */
    public void append(Connection connection, List<? extends ScoreEvent> events) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement s = connection.prepareStatement("insert into outbox_event (event_id, event_type,"
                + " message_key, payload, created_at, attempts) values (?, ?, ?, ?, ?, 0)")) {
            int n = 0;
            for (ScoreEvent e : events) {
                s.setString(1, e.eventId());
                s.setString(2, e.typeName());
                s.setString(3, e.messageKey());
                s.setString(4, toJson(e));
                s.setTimestamp(5, now);
                s.addBatch();
                if (++n % BATCH == 0) {
                    s.executeBatch();
                }
            }
            s.executeBatch();
        }
    }

    /** Tells the relay that rows were committed, so it publishes them now rather than at its next poll. */
    public void committed() {
        relay.wake();
    }

    private String toJson(ScoreEvent event) {
        try {
            // through the interface type, so the payload carries the "type" discriminator
            return json.writerFor(ScoreEvent.class).writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + event.eventId() + " cannot be written as JSON", e);
        }
    }
}
