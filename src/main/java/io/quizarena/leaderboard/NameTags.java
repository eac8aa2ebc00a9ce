package io.quizarena.leaderboard;

import io.quizarena.leaderboard.LeaderboardQueries.Row;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tells apart entries that show the same name ("Ada #3f2a", "Ada #91c0"): a short tag taken from a hash of the
 * entrant key, so it is the same on every page and every visit and says nothing of the guest or account id behind it.
 * Only names shared among the entries read together get a tag; a unique name stays as the player wrote it.
 */
final class NameTags {

    static final int SHORTEST = 4;
    static final int LONGEST = 12;

    private NameTags() {}

    static List<Row> tagged(List<Row> rows) {
        Map<String, List<Integer>> byName = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            byName.computeIfAbsent(key(rows.get(i).name()), k -> new ArrayList<>())
                    .add(i);
        }
        List<Row> out = new ArrayList<>(rows);
        for (List<Integer> same : byName.values()) {
            if (same.size() < 2) {
                continue;
            }
            List<String> entrants =
                    same.stream().map(i -> rows.get(i).entrant()).toList();
            int length = lengthTellingApart(entrants);
            for (int i : same) {
                Row r = rows.get(i);
                out.set(i, r.withTag(tag(r.entrant(), length)));
            }
        }
        return out;
    }

    /** The shortest tag length at which these entrants' tags all differ (hash prefixes rarely collide at four). */
    private static int lengthTellingApart(List<String> entrants) {
        for (int length = SHORTEST; length < LONGEST; length += 2) {
            Set<String> seen = new HashSet<>();
            int n = length;
            if (entrants.stream().allMatch(e -> seen.add(tag(e, n)))) {
                return length;
            }
        }
        return LONGEST;
    }

    static String tag(String entrant, int length) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(entrant.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (int i = 0; hex.length() < length; i++) {
                hex.append(String.format(Locale.ROOT, "%02x", hash[i]));
            }
            return hex.substring(0, length);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** Names that look the same to a reader: case and surrounding spaces aside. */
    private static String key(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }
}
