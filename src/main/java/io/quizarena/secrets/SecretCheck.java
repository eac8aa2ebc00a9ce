package io.quizarena.secrets;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Tells whether the secrets of the prod build are real: set, not blank, long enough and not one of the placeholders
 * this repository ships for development (anyone can read those, and sign guest ids or relayed sockets with them).
 */
final class SecretCheck {

    /** Parts of the values committed for development and of the placeholders in the deployment files. */
    private static final List<String> PLACEHOLDER_MARKS = List.of("change-me", "changeme", "change_me", "dev-only");

    private final boolean allowLocalServices;

    /**
     * @param allowLocalServices whether a service credential may be a development value when its service runs on this
     *     machine (the local tests of the prod build against deploy/local, whose database and realm have fixed
     *     development credentials)
     */
    SecretCheck(boolean allowLocalServices) {
        this.allowLocalServices = allowLocalServices;
    }

    /**
     * The problems, one line each naming the setting; empty when every secret is real.
     *
     * @param config the value of a configuration property, if set
     */
    List<String> problems(List<RequiredSecret> secrets, Function<String, Optional<String>> config) {
        List<String> problems = new ArrayList<>();
        for (RequiredSecret secret : secrets) {
            problem(secret, config.apply(secret.property())).ifPresent(problem -> {
                if (!isAllowedLocally(secret, config)) {
                    problems.add(secret.names() + " " + problem);
                }
            });
        }
        return problems;
    }

    private static Optional<String> problem(RequiredSecret secret, Optional<String> value) {
        if (value.isEmpty()) {
            return Optional.of("is not set");
        }
        String text = value.get();
        if (text.isBlank()) {
            return Optional.of("is blank");
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (PLACEHOLDER_MARKS.stream().anyMatch(lower::contains)) {
            return Optional.of("is a development placeholder, not a secret");
        }
        if (text.strip().length() < secret.minLength()) {
            return Optional.of("is shorter than " + secret.minLength() + " characters");
        }
        return Optional.empty();
    }

    private boolean isAllowedLocally(RequiredSecret secret, Function<String, Optional<String>> config) {
        return allowLocalServices
                && secret.serviceAddress()
                        .flatMap(config)
                        .map(SecretCheck::isLoopback)
                        .orElse(false);
    }

    /** Whether a service URL (http or jdbc) names this machine. */
    static boolean isLoopback(String url) {
        String withoutJdbc = url.startsWith("jdbc:") ? url.substring("jdbc:".length()) : url;
        String host;
        try {
            host = URI.create(withoutJdbc).getHost();
        } catch (IllegalArgumentException malformed) {
            return false;
        }
        return host != null
                && (host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1"));
    }
}
