package io.quizarena.game;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** A connection that keeps every frame it is sent, parsed, and how it was closed. */
final class RecordingPeer implements Peer {

    private static final ObjectMapper JSON = new ObjectMapper();

    final String name;
    private final String user;
    final List<JsonNode> frames = new ArrayList<>();
    /** For each frame, its place in the order frames were sent to any recording peer. */
    final List<Long> sequence = new ArrayList<>();

    private static final java.util.concurrent.atomic.AtomicLong SENT = new java.util.concurrent.atomic.AtomicLong();
    int closeCode = -1;
    private int consumed;

    RecordingPeer(String name) {
        this(name, null);
    }

    RecordingPeer(String name, String user) {
        this.name = name;
        this.user = user;
    }

    @Override
    public void send(String frame) {
        try {
            frames.add(JSON.readTree(frame));
            sequence.add(SENT.incrementAndGet());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close(int code, String reason) {
        if (closeCode < 0) {
            closeCode = code;
        }
    }

    @Override
    public String userName() {
        return user;
    }

    boolean closed() {
        return closeCode >= 0;
    }

    /** The last frame of this type, or null. */
    JsonNode last(String type) {
        for (int i = frames.size() - 1; i >= 0; i--) {
            if (type.equals(frames.get(i).path("type").asText())) {
                return frames.get(i);
            }
        }
        return null;
    }

    /** The next frame of this type not yet taken, failing when there is none. */
    JsonNode take(String type) {
        for (int i = consumed; i < frames.size(); i++) {
            if (type.equals(frames.get(i).path("type").asText())) {
                consumed = i + 1;
                return frames.get(i);
            }
        }
        throw new AssertionError(name + " got no " + type + " frame; frames: " + types());
    }

    boolean has(String type) {
        return last(type) != null;
    }

    List<String> types() {
        return frames.stream().map(f -> f.path("type").asText()).toList();
    }
}
