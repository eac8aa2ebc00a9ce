package io.quizarena.scoring;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Judges answers of each question type against their key. Pure functions. */
public final class AnswerCheck {

    private AnswerCheck() {}

    /** Single choice and true/false: full credit when the one picked choice is the correct one. */
    public static double single(Collection<String> picked, String correctChoiceId) {
        return picked.size() == 1 && picked.contains(correctChoiceId) ? 1 : 0;
    }

    /** Multi-select partial credit: {@code max(0, (right picks - wrong picks) / number of correct choices)}. */
    public static double multi(Collection<String> picked, Set<String> correctChoiceIds) {
        if (correctChoiceIds.isEmpty()) {
            throw new IllegalArgumentException("a multi-select question has correct choices");
        }
        long right = picked.stream().filter(correctChoiceIds::contains).count();
        long wrong = picked.size() - right;
        return Math.max(0, (double) (right - wrong) / correctChoiceIds.size());
    }

    /** Numeric: full credit within the tolerance (inclusive), none outside. */
    public static double numeric(BigDecimal value, BigDecimal answer, BigDecimal tolerance) {
        return value.subtract(answer).abs().compareTo(tolerance) <= 0 ? 1 : 0;
    }

    /** Ordering: all or nothing. */
    public static double ordering(List<String> submitted, List<String> correctOrder) {
        return submitted.equals(correctOrder) ? 1 : 0;
    }

    /**
     * Typed: accepted when it equals an accepted spelling once both are read as {@link #normaliseAnswer} reads them, so
     * "DPO." and "dpo" match "DPO", and "KV-cache" matches "KV cache".
     */
    public static double typed(String submitted, Collection<String> acceptedSpellings) {
        String normalised = normaliseAnswer(submitted);
        if (normalised.isEmpty()) {
            return 0;
        }
        return acceptedSpellings.stream().map(AnswerCheck::normaliseAnswer).anyMatch(normalised::equals) ? 1 : 0;
    }

    /** Sentence punctuation and quotes around an answer, in either script: never part of what was meant. */
    private static final java.util.regex.Pattern AROUND =
            java.util.regex.Pattern.compile("^[\\s.,!?;:。，！？；：、\"'“”‘’「」『』]+|[\\s.,!?;:。，！？；：、\"'“”‘’「」『』]+$");

    /**
     * A typed answer as compared: {@link #normaliseTyped}, then without sentence punctuation or quotes around it, with
     * hyphens and underscores read as spaces. Symbols that carry meaning (C++, C#) stay.
     */
    public static String normaliseAnswer(String text) {
        String folded = normaliseTyped(text);
        String bare = AROUND.matcher(folded).replaceAll("");
        return bare.replaceAll("[-_]+", " ").replaceAll("\\s+", " ").strip();
    }

    /**
     * NFKC folds full-width letters and compatibility forms (Ｌｏｒａ to Lora, ³ to 3); case folding is the
     * upper-then-lower round trip, which also maps forms such as the German sharp s consistently; runs of white space
     * become one space.
     */
    public static String normaliseTyped(String text) {
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        String folded = nfkc.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        return folded.replaceAll("\\s+", " ");
    }
}
