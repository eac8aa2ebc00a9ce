package io.quizarena.deploy;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the prod build reads from src/main/resources/application.properties: each property's value in the prod
 * profile, and the environment variables it cannot start without. Read from the file, so the deployment tests follow
 * the configuration instead of a copy of it.
 */
final class ProdConfiguration {

    /** A variable referenced without a default ({@code ${NAME}}): the configuration cannot be resolved without it. */
    private static final Pattern REQUIRED_VARIABLE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)}");

    private final Map<String, String> values;

    private ProdConfiguration(Map<String, String> values) {
        this.values = values;
    }

    static ProdConfiguration load() {
        Properties file = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
            file.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Map<String, String> unprofiled = new HashMap<>();
        Map<String, String> prod = new HashMap<>();
        for (String key : file.stringPropertyNames()) {
            String value = file.getProperty(key);
            if (!key.startsWith("%")) {
                unprofiled.put(key, value);
                continue;
            }
            int dot = key.indexOf('.');
            Set<String> profiles =
                    Set.copyOf(Arrays.asList(key.substring(1, dot).split(",")));
            if (profiles.contains("prod")) {
                prod.put(key.substring(dot + 1), value);
            }
        }
        Map<String, String> values = new HashMap<>(unprofiled);
        values.putAll(prod);
        return new ProdConfiguration(values);
    }

    Optional<String> value(String property) {
        return Optional.ofNullable(values.get(property));
    }

    String value(String property, String fallback) {
        return value(property).orElse(fallback);
    }

    /** Every environment variable a prod-profile value references without a default. */
    Set<String> requiredVariables() {
        Set<String> variables = new TreeSet<>();
        for (String value : values.values()) {
            Matcher matcher = REQUIRED_VARIABLE.matcher(value);
            while (matcher.find()) {
                variables.add(matcher.group(1));
            }
        }
        return variables;
    }

    int httpPort() {
        return Integer.parseInt(value("quarkus.http.port", "8080"));
    }

    /** Where the health checks answer: /q/health unless configured otherwise. */
    String healthPath(String check) {
        String root = value("quarkus.http.non-application-root-path", "q");
        String health = value("quarkus.smallrye-health.root-path", "health");
        return "/" + root.replaceAll("^/|/$", "") + "/" + health.replaceAll("^/|/$", "") + "/" + check;
    }
}
