package io.quizarena.game;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * docs/asyncapi.yaml read as data, and a strict check of a frame against a message's payload schema: types, consts,
 * enums, required fields, and no field the schema does not declare, at every depth (through $ref, allOf and oneOf).
 */
public final class AsyncApiSchemas {

    private final JsonNode root;

    public AsyncApiSchemas(Path document) throws IOException {
        root = new YAMLMapper().readTree(document.toFile());
    }

    /** The payload schemas of the messages an operation (such as playerReceives) sends, by frame type. */
    public Map<String, JsonNode> payloadsOf(String operation) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (JsonNode ref : root.path("operations").path(operation).path("messages")) {
            JsonNode message = resolve(ref);
            JsonNode payload = message.path("payload");
            out.put(
                    resolve(payload)
                            .path("properties")
                            .path("type")
                            .path("const")
                            .asText(),
                    payload);
        }
        return out;
    }

    /** Every example of every message, with the message's name and payload schema. */
    List<Map.Entry<String, JsonNode[]>> examples() {
        List<Map.Entry<String, JsonNode[]>> out = new ArrayList<>();
        root.path("components").path("messages").fields().forEachRemaining(m -> {
            for (JsonNode example : m.getValue().path("examples")) {
                out.add(Map.entry(m.getKey(), new JsonNode[] {m.getValue().path("payload"), example.path("payload")}));
            }
        });
        return out;
    }

    /** What is wrong with {@code value} under {@code schema}; empty when it fits. */
    public List<String> problems(JsonNode value, JsonNode schema, String path) {
        List<String> out = new ArrayList<>();
        check(value, resolve(schema), path, out);
        return out;
    }

    private void check(JsonNode value, JsonNode schema, String path, List<String> out) {
        if (schema.has("oneOf")) {
            List<String> best = null;
            for (JsonNode option : schema.path("oneOf")) {
                List<String> found = problems(value, option, path);
                if (found.isEmpty()) {
                    return;
                }
                best = best == null || found.size() < best.size() ? found : best;
            }
            out.add(path + ": fits none of its oneOf options, e.g. " + best);
            return;
        }
        if (schema.has("const") && !schema.path("const").asText().equals(value.asText())) {
            out.add(path + ": is " + value + ", the document says " + schema.path("const"));
        }
        if (schema.has("enum")) {
            boolean listed = false;
            for (JsonNode e : schema.path("enum")) {
                listed |= e.asText().equals(value.asText());
            }
            if (!listed) {
                out.add(path + ": " + value + " is not among " + schema.path("enum"));
            }
        }
        if (schema.has("type") && !typeFits(value, schema.path("type"))) {
            out.add(path + ": " + kind(value) + " where the document says " + schema.path("type"));
            return;
        }
        if (value.isObject()) {
            checkObject(value, schema, path, out);
        } else if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                check(value.get(i), resolve(schema.path("items")), path + "[" + i + "]", out);
            }
        }
    }

    private void checkObject(JsonNode value, JsonNode schema, String path, List<String> out) {
        Map<String, JsonNode> declared = new HashMap<>();
        List<String> required = new ArrayList<>();
        collect(schema, declared, required);
        JsonNode additional = schema.path("additionalProperties");
        for (String field : required) {
            if (!value.has(field)) {
                out.add(path + "." + field + ": required by the document, missing");
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode fieldSchema = declared.get(field.getKey());
            if (fieldSchema != null) {
                check(field.getValue(), resolve(fieldSchema), path + "." + field.getKey(), out);
            } else if (additional.isObject()) {
                check(field.getValue(), resolve(additional), path + "." + field.getKey(), out);
            } else if (!declared.isEmpty() || !schema.has("oneOf")) {
                out.add(path + "." + field.getKey() + ": sent but not in the document");
            }
        }
    }

    /** Properties and required fields of a schema and of every part of its allOf. */
    private void collect(JsonNode schema, Map<String, JsonNode> declared, List<String> required) {
        schema.path("properties").fields().forEachRemaining(p -> declared.put(p.getKey(), p.getValue()));
        schema.path("required").forEach(r -> required.add(r.asText()));
        for (JsonNode part : schema.path("allOf")) {
            collect(resolve(part), declared, required);
        }
    }

    private static boolean typeFits(JsonNode value, JsonNode type) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (typeFits(value, t)) {
                    return true;
                }
            }
            return false;
        }
        return switch (type.asText()) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            default -> false;
        };
    }

    private static String kind(JsonNode value) {
        return value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Follows {@code $ref} (local JSON pointers) until it reaches a schema. */
    JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref")) {
            String ref = current.path("$ref").asText();
            if (!ref.startsWith("#/")) {
                throw new IllegalArgumentException("only local references: " + ref);
            }
            current = root.at(ref.substring(1));
            if (current.isMissingNode()) {
                throw new IllegalArgumentException("dangling reference " + ref);
            }
        }
        return current;
    }
}
