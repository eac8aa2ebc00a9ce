package io.quizarena.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** docker/compose.yml gives the prod build everything it needs, and no committed secret. */
class ComposeFileTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void theAppGetsEveryVariableTheProdBuildRequires() throws IOException {
        JsonNode app = compose().path("services").path("app").path("environment");
        Set<String> given = new TreeSet<>();
        app.fieldNames().forEachRemaining(given::add);
        assertThat(given).containsAll(ProdConfiguration.load().requiredVariables());
    }

    @Test
    void secretsComeFromTheEnvironmentAndAreRequiredThere() throws IOException {
        JsonNode services = compose().path("services");
        for (String service : Set.of("app", "postgres", "keycloak")) {
            services.path(service).path("environment").fields().forEachRemaining(variable -> {
                if (variable.getKey().matches(".*(SECRET|PASSWORD).*")) {
                    assertThat(variable.getValue().asText())
                            .as(service + " " + variable.getKey())
                            .matches("\\$\\{" + "[A-Z_]+" + ":\\?.*}");
                }
            });
        }
    }

    @Test
    void keycloakImportsTheRealmWithTheAppsClientSecretAndTheBrowsersAddress() throws IOException {
        JsonNode keycloak = compose().path("services").path("keycloak");
        JsonNode environment = keycloak.path("environment");
        assertThat(environment.path("QUIZ_OIDC_SECRET").asText())
                .isEqualTo(compose()
                        .path("services")
                        .path("app")
                        .path("environment")
                        .path("QUIZ_OIDC_SECRET")
                        .asText());
        String realm = Files.readString(Path.of("deploy/keycloak/quiz-arena-realm.json"));
        assertThat(realm).contains("\"secret\": \"${QUIZ_OIDC_SECRET:");
        // the browser is sent to the published port; the app keeps the compose network's name for the back channel
        String published = keycloak.path("ports").get(0).asText();
        assertThat(environment.path("KC_HOSTNAME").asText())
                .isEqualTo("http://localhost:" + published.split(":")[1]);
        assertThat(environment.path("KC_HOSTNAME_BACKCHANNEL_DYNAMIC").asText()).isEqualTo("true");
        assertThat(compose()
                        .path("services")
                        .path("app")
                        .path("environment")
                        .path("QUIZ_OIDC_URL")
                        .asText())
                .startsWith("http://keycloak:8080/");
    }

    private static JsonNode compose() throws IOException {
        return YAML.readTree(Path.of("docker/compose.yml").toFile());
    }
}
