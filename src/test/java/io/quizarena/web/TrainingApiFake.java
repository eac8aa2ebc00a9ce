package io.quizarena.web;

import com.microsoft.playwright.Route;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A scripted stand-in for the training API (docs/training-api.md) behind {@code page.route("**}{@code /api/**")}, for
 * testing the pages before the API exists: one assignment of six questions of every type, the third with 2 s left,
 * one lost /next (the connection drops, the retry succeeds) and one answer whose reply is lost (the retry gets 409
 * already_answered); a mistakes queue with nothing due, and a game's review. The real API's test replaces it.
 */
final class TrainingApiFake implements Consumer<Route> {

    static final String ASSIGNMENT = "asg1";
    static final String ATTEMPT = "att1";
    static final String GAME = "0f8fad5b-d9cb-469f-a165-70867728950e";
    static final String GUEST = "g_fakeGuest.signature";

    final List<JsonObject> questions = List.of(
            choices("single", "Which layer mixes tokens?", "哪一层混合词元？", "a", "b", "c", "d")
                    .put("correct", key("b"))
                    .put("explanation", text("Attention mixes tokens; the rest work per token.", "注意力混合词元。")),
            choices("multi", "Which are optimisers?", "哪些是优化器？", "a", "b", "c").put("correct", key("a", "c")),
            question("ordering", "Put them in order", "排序")
                    .put("items", new JsonArray().add(item("tok", "Tokens")).add(item("emb", "Embeddings")))
                    .put(
                            "correct",
                            new JsonObject()
                                    .put("order", new JsonArray().add("tok").add("emb"))),
            question("numeric", "How many heads?", "多少个头？")
                    .put(
                            "numeric",
                            new JsonObject()
                                    .put("min", 0)
                                    .put("max", 64)
                                    .put("step", 1)
                                    .put("unit", text("heads", "个")))
                    .put("correct", new JsonObject().put("answer", 32).put("tolerance", 0)),
            question("typed", "Name the optimiser", "写出优化器")
                    .put("maxLength", 40)
                    .put(
                            "correct",
                            new JsonObject()
                                    .put("en", new JsonArray().add("Adam"))
                                    .put("zh", new JsonArray().add("Adam"))),
            choices("true_false", "RMSNorm has a bias.", "RMSNorm 有偏置。", "true", "false")
                    .put("correct", key("false")));

    /** Every call as "METHOD /path", and beside it the X-Guest-Id each carried ("-" for none). */
    final List<String> calls = new CopyOnWriteArrayList<>();

    final List<String> guestHeaders = new CopyOnWriteArrayList<>();
    final JsonArray answers = new JsonArray();
    int next;
    int score;
    int correct;
    boolean dropNextOnce = true;
    boolean dropAnswerOnce = true;
    final Set<Integer> answered = new HashSet<>();

    @Override
    public void accept(Route route) {
        String method = route.request().method();
        String path = route.request().url().replaceFirst("^https?://[^/]+", "").replaceFirst("\\?.*", "");
        calls.add(method + " " + path);
        guestHeaders.add(route.request().headers().getOrDefault("x-guest-id", "-"));
        String call = method + " " + path;
        if (call.equals("GET /api/assignments/" + ASSIGNMENT)) {
            ok(route, 200, assignment());
        } else if (call.equals("POST /api/assignments/" + ASSIGNMENT + "/attempts")) {
            ok(route, 201, attempt().put("guestId", GUEST));
        } else if (call.equals("GET /api/attempts/" + ATTEMPT)) {
            ok(route, 200, attempt());
        } else if (call.equals("POST /api/attempts/" + ATTEMPT + "/next")) {
            if (next >= questions.size()) {
                problem(route, 409, "attempt_finished");
            } else if (next == 2 && dropNextOnce) {
                dropNextOnce = false;
                route.abort("internetdisconnected");
            } else {
                JsonObject served = new JsonObject().put("index", next).put("total", questions.size());
                served.put("question", publicPart(questions.get(next)));
                served.put("limitMillis", next == 2 ? 20_000 : null).put("remainingMillis", next == 2 ? 2_000 : null);
                ok(route, 200, served);
            }
        } else if (call.equals("POST /api/attempts/" + ATTEMPT + "/answers")) {
            answer(route, new JsonObject(route.request().postData()));
        } else if (call.equals("GET /api/attempts/" + ATTEMPT + "/review")) {
            ok(route, 200, new JsonObject().put("attempt", attempt()).put("items", answers));
        } else if (call.equals("GET /api/review")) {
            ok(route, 200, new JsonObject().put("due", 0).put("total", 3).put("nextDueAt", "2026-12-03T09:00:00Z"));
        } else if (call.equals("GET /api/games/" + GAME + "/review")) {
            ok(route, 200, gameReview());
        } else {
            problem(route, 404, "not_in_the_fake");
        }
    }

    private void answer(Route route, JsonObject body) {
        int index = body.getInteger("index");
        if (index != next) {
            problem(route, 409, answered.contains(index) ? "already_answered" : "not_served");
            return;
        }
        JsonObject q = questions.get(index);
        JsonObject key = q.getJsonObject("correct");
        boolean right = right(body, key);
        boolean timedOut = index == 2;
        right &= !timedOut;
        int points = right ? 100 : 0;
        score += points;
        correct += right ? 1 : 0;
        answered.add(index);
        next++;
        body.remove("index");
        answers.add(new JsonObject()
                .put("index", index)
                .put("question", q)
                .put("submission", body)
                .put("credit", right ? 1 : 0)
                .put("correct", right)
                .put("points", points));
        if (index == 1 && dropAnswerOnce) {
            dropAnswerOnce = false; // the server took it, the reply never arrived
            route.abort("connectionreset");
            return;
        }
        ok(
                route,
                200,
                new JsonObject()
                        .put("index", index)
                        .put("credit", right ? 1 : 0)
                        .put("correct", right)
                        .put("points", points)
                        .put("score", score)
                        .put("timedOut", timedOut)
                        .put("key", key)
                        .put("explanation", q.getValue("explanation"))
                        .put("finished", next >= questions.size()));
    }

    private static boolean right(JsonObject answer, JsonObject key) {
        if (key.containsKey("choiceIds")) {
            return new HashSet<>(key.getJsonArray("choiceIds").getList())
                    .equals(new HashSet<>(
                            answer.getJsonArray("choiceIds", new JsonArray()).getList()));
        }
        if (key.containsKey("order")) {
            return key.getJsonArray("order").equals(answer.getJsonArray("order"));
        }
        if (key.containsKey("answer")) {
            return answer.getValue("value") != null
                    && answer.getDouble("value").doubleValue() == key.getDouble("answer");
        }
        return key.getJsonArray("en").contains(answer.getString("text"));
    }

    JsonObject assignment() {
        return new JsonObject()
                .put("id", ASSIGNMENT)
                .put("title", text("Attention basics", "注意力基础"))
                .put("deadline", "2030-01-31T17:00:00Z")
                .put("closed", false)
                .put("attemptsAllowed", 2)
                .put("questionCount", questions.size())
                .put("timeLimitSeconds", null);
    }

    JsonObject attempt() {
        return new JsonObject()
                .put("id", ATTEMPT)
                .put("kind", "ASSIGNMENT")
                .put("assignmentId", ASSIGNMENT)
                .put("title", text("Attention basics", "注意力基础"))
                .put("nickname", "Ada")
                .put("number", 1)
                .put("attemptsAllowed", 2)
                .put("questionCount", questions.size())
                .put("answeredCount", next)
                .put("score", score)
                .put("correctCount", correct)
                .put("finished", next >= questions.size());
    }

    JsonObject gameReview() {
        JsonArray items = new JsonArray();
        for (int i = 0; i < 3; i++) {
            boolean right = i != 1;
            items.add(new JsonObject()
                    .put("index", i)
                    .put("question", questions.get(i == 2 ? 5 : 0))
                    .put("submission", new JsonObject().put("choiceIds", new JsonArray().add(right ? "b" : "d")))
                    .put("credit", right ? 1 : 0)
                    .put("correct", right)
                    .put("points", right ? 800 : 0));
        }
        items.getJsonObject(2).put("submission", new JsonObject().put("choiceIds", new JsonArray().add("false")));
        return new JsonObject()
                .put("gameId", GAME)
                .put("title", text("Friday quiz", "周五测验"))
                .put("items", items);
    }

    private static JsonObject publicPart(JsonObject q) {
        JsonObject open = q.copy();
        open.remove("correct");
        open.remove("explanation");
        return open;
    }

    private static JsonObject question(String type, String en, String zh) {
        return new JsonObject().put("id", "q-" + type).put("type", type).put("text", text(en, zh));
    }

    private static JsonObject choices(String type, String en, String zh, String... ids) {
        JsonArray list = new JsonArray();
        for (String id : ids) {
            String label = type.equals("true_false") ? "" : "Choice " + id.toUpperCase();
            list.add(new JsonObject().put("id", id).put("text", text(label, label)));
        }
        return question(type, en, zh).put("choices", list);
    }

    private static JsonObject key(String... ids) {
        return new JsonObject().put("choiceIds", new JsonArray(List.of((Object[]) ids)));
    }

    private static JsonObject item(String id, String en) {
        return new JsonObject().put("id", id).put("text", text(en, en));
    }

    private static JsonObject text(String en, String zh) {
        return new JsonObject().put("en", en).put("zh", zh);
    }

    private static void ok(Route route, int status, JsonObject body) {
        route.fulfill(new Route.FulfillOptions()
                .setStatus(status)
                .setContentType("application/json")
                .setBody(body.encode()));
    }

    private static void problem(Route route, int status, String code) {
        JsonObject body = new JsonObject()
                .put("status", status)
                .put("title", code)
                .put("detail", code)
                .put("code", code);
        route.fulfill(new Route.FulfillOptions()
                .setStatus(status)
                .setContentType("application/problem+json")
                .setBody(body.encode()));
    }
}
