package io.quizarena.game;

import io.quizarena.scoring.AnswerCheck;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/** Nickname rules: trimmed, 1 to 20 characters, no control characters, no blocked words. */
public final class NicknamePolicy {

    static final int MAX_LENGTH = 20;
    static final String BUILT_IN = "room/blocked-words.txt";
    private final List<String> blocked = new ArrayList<>();

    /** The built-in list of blocked words (the resource {@code room/blocked-words.txt}) and {@code extraWords}. */
    public NicknamePolicy(List<String> extraWords) {
        try (InputStream in = NicknamePolicy.class.getResourceAsStream("/" + BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException(BUILT_IN + " is missing (in a native image: quarkus.native.resources)");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    blocked.add(AnswerCheck.normaliseTyped(word));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        extraWords.forEach(w -> blocked.add(AnswerCheck.normaliseTyped(w)));
    }

    /** The nickname as shown: NFKC-normalised and trimmed. */
    public String clean(String raw) {
        return Normalizer.normalize(raw, Normalizer.Form.NFKC).strip();
    }

    /** Null when the cleaned nickname is acceptable, else why not, as a protocol error. */
    public ProtocolException problem(String nickname) {
        int length = nickname.codePointCount(0, nickname.length());
        if (length < 1 || length > MAX_LENGTH) {
            return new ProtocolException("nickname_invalid", "a nickname has 1 to " + MAX_LENGTH + " characters");
        }
        if (nickname.codePoints()
                .anyMatch(cp -> Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT)) {
            return new ProtocolException("nickname_invalid", "a nickname cannot contain control characters");
        }
        String folded = key(nickname).replace(" ", "");
        for (String word : blocked) {
            if (folded.contains(word.replace(" ", ""))) {
                return new ProtocolException(
                        "nickname_blocked", "this nickname contains a word that is not allowed; choose another");
            }
        }
        return null;
    }

    /** Uniqueness key: nicknames that differ only in case, width or spacing clash. */
    public String key(String nickname) {
        return AnswerCheck.normaliseTyped(nickname);
    }
}
