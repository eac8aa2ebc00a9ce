package io.quizarena.leaderboard;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A version number per board, bumped by this node's projector after each committed batch. Live viewers compare it to
 * the version they last sent; boards changed by another node are caught by the viewers' periodic refresh instead.
 */
@ApplicationScoped
public class BoardChanges {

    private final ConcurrentHashMap<String, AtomicLong> versions = new ConcurrentHashMap<>();

    void changed(Collection<String> boards) {
        if (versions.size() > 10_000) {
            // every game adds a board; forgetting old versions only costs live viewers one extra refresh
            versions.clear();
        }
        boards.forEach(b -> versions.computeIfAbsent(b, k -> new AtomicLong()).incrementAndGet());
    }

    public long version(String board) {
        AtomicLong v = versions.get(board);
        return v == null ? 0 : v.get();
    }
}
