package io.quizarena.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.fabric8.zjsonpatch.JsonPatch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The resources a kustomization folder of k8s/ produces, as the fabric8 Kubernetes model: its resources (files and
 * folders, recursively) with its JSON 6902 patches applied. What this repository uses of kustomize, no more (the
 * namespace and image rewrites do not matter to the checks).
 */
final class Kustomization {

    static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private Kustomization() {}

    static List<HasMetadata> build(Path folder) throws IOException {
        JsonNode kustomization =
                YAML.readTree(folder.resolve("kustomization.yaml").toFile());
        List<HasMetadata> resources = new ArrayList<>();
        for (JsonNode entry : kustomization.path("resources")) {
            Path resource = folder.resolve(entry.asText()).normalize();
            resources.addAll(Files.isDirectory(resource) ? build(resource) : read(resource));
        }
        for (JsonNode patch : kustomization.path("patches")) {
            String kind = patch.path("target").path("kind").asText();
            String name = patch.path("target").path("name").asText();
            JsonNode operations = YAML.readTree(patch.path("patch").asText());
            boolean applied = false;
            for (int i = 0; i < resources.size(); i++) {
                HasMetadata resource = resources.get(i);
                if (resource.getKind().equals(kind)
                        && resource.getMetadata().getName().equals(name)) {
                    JsonNode patched =
                            JsonPatch.apply(operations, SERIALIZATION.convertValue(resource, JsonNode.class));
                    resources.set(i, SERIALIZATION.convertValue(patched, resource.getClass()));
                    applied = true;
                }
            }
            if (!applied) {
                throw new IllegalStateException(folder + ": a patch for " + kind + " " + name + " matches nothing");
            }
        }
        return resources;
    }

    /** Every resource of one manifest file. */
    static List<HasMetadata> read(Path file) throws IOException {
        Object parsed = SERIALIZATION.unmarshal(Files.readString(file));
        List<HasMetadata> resources = new ArrayList<>();
        if (parsed instanceof List<?> list) {
            list.forEach(item -> resources.add((HasMetadata) item));
        } else if (parsed instanceof HasMetadata single) {
            resources.add(single);
        }
        return resources;
    }

    static <T extends HasMetadata> T one(List<HasMetadata> resources, Class<T> type, String name) {
        return find(resources, type, name)
                .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " " + name));
    }

    static <T extends HasMetadata> Optional<T> find(List<HasMetadata> resources, Class<T> type, String name) {
        return resources.stream()
                .filter(type::isInstance)
                .map(type::cast)
                .filter(resource -> resource.getMetadata().getName().equals(name))
                .findFirst();
    }

    static <T extends HasMetadata> List<T> all(List<HasMetadata> resources, Class<T> type) {
        return resources.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
