package io.quizarena.bank;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Ids for what hosts create, kept apart from the official bank's {@code <topic>-NNN} and {@code topic-*} ids. Holds a
 * random generator, so the native image initialises this class at run time ({@code --initialize-at-run-time} in
 * application.properties): a seed fixed at build time would repeat in every process.
 */
final class HostContentIds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();
    static final Pattern OFFICIAL_QUESTION_ID = Pattern.compile("^("
            + Arrays.stream(Topic.values()).map(t -> Pattern.quote(t.id())).collect(Collectors.joining("|"))
            + ")-[0-9]{3}$");

    private HostContentIds() {}

    static String newQuestionId() {
        return "h-" + random(10);
    }

    static String newQuizId() {
        return "q-" + random(10);
    }

    static boolean isReservedForOfficialQuestion(String id) {
        return OFFICIAL_QUESTION_ID.matcher(id).matches();
    }

    private static String random(int length) {
        char[] out = new char[length];
        for (int i = 0; i < length; i++) {
            out[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(out);
    }
}
