package io.quizarena.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The REST calls a host makes, with a Keycloak bearer token, against any node. */
final class ClusterApi {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String bearer;

    ClusterApi(String bearer) {
        this.bearer = bearer;
    }

    String bearer() {
        return bearer;
    }

    /**
     * The host's own quiz of {@code count} single-choice questions ("b" right, 30 s each) and a room for it through
     * {@code node}, scored by accuracy without streak bonus: 1000 a right answer, whatever the timing. Returns the
     * room's pin and host token.
     */
    Map<String, String> openRoom(AppNode node, int count) throws IOException, InterruptedException {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<Map<String, Object>> choices = new ArrayList<>();
            for (String id : List.of("a", "b", "c", "d")) {
                choices.add(Map.of("id", id, "text", text("选项 " + id, "Choice " + id), "correct", id.equals("b")));
            }
            Map<String, Object> question = Map.of(
                    "topic",
                    "moe",
                    "difficulty",
                    1,
                    "type",
                    "single",
                    "text",
                    text("集群问题 " + i, "Cluster question " + i),
                    "explanation",
                    text("解释。", "Explained."),
                    "timeLimitSeconds",
                    30,
                    "choices",
                    choices);
            ids.add(post(node, "/api/questions", question).path("id").asText());
        }
        String quizId = post(
                        node,
                        "/api/quizzes",
                        Map.of(
                                "title",
                                text("集群", "Cluster"),
                                "description",
                                text("集群", "Cluster"),
                                "questionIds",
                                ids))
                .path("id")
                .asText();
        JsonNode room = post(
                node,
                "/api/rooms",
                Map.of(
                        "quizId",
                        quizId,
                        "settings",
                        Map.of("scoring", "ACCURACY", "streakBonus", false, "standingsEvery", 0, "closeEarly", true)));
        return Map.of(
                "pin",
                room.path("pin").asText(),
                "hostToken",
                room.path("hostToken").asText());
    }

    /** The saved game's players, nickname to score, as GET /api/games/{id} gives them. */
    Map<String, Integer> savedScores(AppNode node, String gameId) throws IOException, InterruptedException {
        Map<String, Integer> scores = new TreeMap<>();
        for (JsonNode p : get(node, "/api/games/" + gameId).path("players")) {
            scores.put(p.path("nickname").asText(), p.path("score").asInt());
        }
        return scores;
    }

    /** The one correct choice of a bank question, as its host may read it. */
    String correctChoice(AppNode node, String questionId) throws IOException, InterruptedException {
        for (JsonNode choice : get(node, "/api/questions/" + questionId).path("choices")) {
            if (choice.path("correct").asBoolean()) {
                return choice.path("id").asText();
            }
        }
        throw new AssertionError("question " + questionId + " has no correct choice");
    }

    /** A GET with the host's token that must answer 200. */
    JsonNode get(AppNode node, String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(node.http() + path))
                        .header("Authorization", "Bearer " + bearer)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + ": " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private JsonNode post(AppNode node, String path, Object body) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(node.http() + path))
                        .header("Authorization", "Bearer " + bearer)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new AssertionError("POST " + path + ": " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private static Map<String, String> text(String zh, String en) {
        return Map.of("zh", zh, "en", en);
    }
}
