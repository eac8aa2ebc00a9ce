package io.quizarena.game;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Parses inbound frames into commands. Every refusal is a {@link ProtocolException} with a stable code. */
public final class Protocol {

    public static final int VERSION = 1;
    static final Set<String> HOST_TYPES =
            Set.of("hello", "start", "next", "skip", "pause", "resume", "end", "kick", "lock", "unlock", "set_cap");

    private static final ObjectMapper JSON = new ObjectMapper();

    private Protocol() {}

    public static PlayerCommand parsePlayer(String frame) {
        JsonNode m = parse(frame);
        String type = type(m);
        return switch (type) {
            case "join" ->
                new PlayerCommand.Join(
                        requiredText(m, "nickname"), optionalText(m, "guestId"), optionalText(m, "team"));
            case "resume" -> new PlayerCommand.Resume(requiredText(m, "resumeToken"));
            case "answer" -> new PlayerCommand.Answer(requiredInt(m, "questionIndex"), submission(m));
            case "sync" -> new PlayerCommand.Sync();
            default -> {
                if (HOST_TYPES.contains(type)) {
                    throw new ProtocolException("not_allowed", type + " is a host command");
                }
                throw new ProtocolException("unknown_type", "unknown message type " + type);
            }
        };
    }

    public static HostCommand parseHost(String frame) {
        JsonNode m = parse(frame);
        String type = type(m);
        return switch (type) {
            case "hello" ->
                new HostCommand.Hello(requiredText(m, "hostToken"), HostView.parse(optionalText(m, "view")));
            case "start" -> new HostCommand.Pace(PaceCommand.START);
            case "next" -> new HostCommand.Pace(PaceCommand.NEXT);
            case "skip" -> new HostCommand.Pace(PaceCommand.SKIP);
            case "pause" -> new HostCommand.Pace(PaceCommand.PAUSE);
            case "resume" -> new HostCommand.Pace(PaceCommand.RESUME);
            case "end" -> new HostCommand.Pace(PaceCommand.END);
            case "kick" -> new HostCommand.Kick(requiredText(m, "playerId"));
            case "lock" -> new HostCommand.Lock();
            case "unlock" -> new HostCommand.Unlock();
            case "set_cap" -> new HostCommand.SetCap(requiredInt(m, "cap"));
            case "sync" -> new HostCommand.Sync();
            default -> throw new ProtocolException("unknown_type", "unknown message type " + type);
        };
    }

    private static JsonNode parse(String frame) {
        try {
            JsonNode node = JSON.readTree(frame);
            if (node == null || !node.isObject()) {
                throw new ProtocolException("invalid_message", "a message is a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new ProtocolException("malformed_json", "not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static String type(JsonNode m) {
        JsonNode type = m.get("type");
        if (type == null || !type.isTextual()) {
            throw new ProtocolException("invalid_message", "missing field type");
        }
        return type.asText();
    }

    private static Submission submission(JsonNode m) {
        JsonNode choices = m.get("choiceIds");
        JsonNode value = m.get("value");
        JsonNode order = m.get("order");
        JsonNode text = m.get("text");
        int present =
                (choices != null ? 1 : 0) + (value != null ? 1 : 0) + (order != null ? 1 : 0) + (text != null ? 1 : 0);
        if (present != 1) {
            throw new ProtocolException(
                    "invalid_message", "an answer has exactly one of choiceIds, value, order or text");
        }
        if (value != null && !value.isNumber()) {
            throw new ProtocolException("invalid_message", "value is a number");
        }
        if (text != null && !text.isTextual()) {
            throw new ProtocolException("invalid_message", "text is a string");
        }
        return new Submission(
                strings(choices, "choiceIds"),
                value == null ? null : new BigDecimal(value.asText()),
                strings(order, "order"),
                text == null ? null : text.asText());
    }

    private static List<String> strings(JsonNode array, String field) {
        if (array == null) {
            return null;
        }
        if (!array.isArray() || array.size() > 16) {
            throw new ProtocolException("invalid_message", field + " is an array of at most 16 ids");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode n : array) {
            if (!n.isTextual() || n.asText().length() > 16) {
                throw new ProtocolException("invalid_message", field + " holds short string ids");
            }
            out.add(n.asText());
        }
        return out;
    }

    private static String requiredText(JsonNode m, String field) {
        JsonNode v = m.get(field);
        if (v == null || !v.isTextual()) {
            throw new ProtocolException("invalid_message", "missing field " + field);
        }
        return v.asText();
    }

    private static String optionalText(JsonNode m, String field) {
        JsonNode v = m.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new ProtocolException("invalid_message", field + " is a string");
        }
        return v.asText();
    }

    private static int requiredInt(JsonNode m, String field) {
        JsonNode v = m.get(field);
        if (v == null || !v.canConvertToInt() || !v.isIntegralNumber()) {
            throw new ProtocolException("invalid_message", "missing whole-number field " + field);
        }
        return v.asInt();
    }
}
