package io.quizarena.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quizarena.battle.BattleTestProfile;
import io.quizarena.room.TestSocket;
import io.restassured.response.Response;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The battle pages in both languages: the home page's battle card, the battle page and what it starts with, a
 * friend's challenge link (404 for unknown codes, 409 once taken), the ratings boards with provisional players apart,
 * and a player's battles. On virtual time (the battle tests' profile), so a battle started here never moves on.
 */
@QuarkusTest
@TestProfile(BattleTestProfile.class)
class BattlePagesTest {

    @Inject
    DataSource dataSource;

    @Inject
    Vertx vertx;

    @Test
    void theHomePageOffersABattleOnATopicAChallengeAndACodeBox() {
        given().header("Accept-Language", "en")
                .get("/")
                .then()
                .statusCode(200)
                .body(containsString("Battle a player"))
                .body(containsString("action=\"/battle\""))
                .body(containsString("<option value=\"mixed\">Mixed: all topics</option>"))
                .body(containsString("<option value=\"moe\">Mixture of experts</option>"))
                .body(containsString("name=\"mode\" value=\"challenge\""))
                .body(containsString("action=\"/battle/c\""))
                .body(containsString("href=\"/battles/ratings\""));
        given().header("Accept-Language", "zh-CN")
                .get("/")
                .then()
                .statusCode(200)
                .body(containsString("一对一对战"))
                .body(containsString("<option value=\"moe\">混合专家 MoE</option>"))
                .body(containsString("挑战好友"))
                .body(not(containsString("Battle a player")));
    }

    @Test
    void theBattlePageStartsWhatTheFormAskedForAndRefusesUnknownTopics() {
        given().header("Accept-Language", "en")
                .get("/battle?topic=moe&nickname=Ada")
                .then()
                .statusCode(200)
                .header("Cache-Control", "no-store")
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("data-mode=\"seek\""))
                .body(containsString("data-topic=\"moe\""))
                .body(containsString("data-nickname=\"Ada\""))
                .body(containsString("Mixture of experts"))
                .body(containsString("Looking for an opponent"))
                .body(containsString("role=\"timer\""))
                .body(containsString("src=\"/js/battle.js\""))
                .body(containsString("data-topic-code-models=\"Code models\""));
        given().header("Accept-Language", "zh-CN")
                .get("/battle?topic=mixed&nickname=<b>Bo</b>&mode=challenge")
                .then()
                .statusCode(200)
                .body(containsString("<html lang=\"zh-CN\">"))
                .body(containsString("data-mode=\"challenge\""))
                .body(containsString("data-nickname=\"&lt;b&gt;Bo&lt;/b&gt;\""))
                .body(containsString("正在寻找对手"))
                .body(containsString("综合：全部主题"))
                .body(not(containsString("<b>Bo</b>")));
        // no nickname, or one too long: the page asks for one
        given().get("/battle?topic=rag&nickname=" + "x".repeat(21))
                .then()
                .statusCode(200)
                .body(containsString("data-nickname=\"\""));
        given().get("/battle").then().statusCode(200).body(containsString("data-topic=\"mixed\""));
        given().get("/battle?battle=b0123456789abcdef0123&nickname=Ada")
                .then()
                .statusCode(200)
                .body(containsString("data-mode=\"join\""))
                .body(containsString("data-battle=\"b0123456789abcdef0123\""));
        for (String bad : List.of("/battle?topic=astrology", "/battle?battle=..%2Fx", "/battle?battle=b123")) {
            given().header("Accept-Language", "en")
                    .get(bad)
                    .then()
                    .statusCode(404)
                    .contentType(containsString("text/html"))
                    .body(containsString("data-test=\"not-found\""));
        }
    }

    @Test
    void aChallengeLinkOpensItsBattleUntilTheFriendHasTakenIt() {
        JsonObject challenge = new JsonObject(given().contentType("application/json")
                .body(new JsonObject()
                        .put("topic", "training")
                        .put("nickname", "Hana")
                        .encode())
                .post("/api/battles/challenges")
                .then()
                .statusCode(201)
                .extract()
                .asString());
        String code = challenge.getString("code");
        String battleId = challenge.getString("battleId");
        given().header("Accept-Language", "en")
                .get("/battle/c/" + code)
                .then()
                .statusCode(200)
                .body(containsString("data-mode=\"join\""))
                .body(containsString("data-battle=\"" + battleId + "\""))
                .body(containsString("data-code=\"" + code + "\""))
                .body(containsString("data-nickname=\"\""))
                .body(containsString("A friend challenged you to a battle"));
        Response typed = given().redirects().follow(false).get("/battle/c?code=" + code);
        assertThat(typed.statusCode()).isEqualTo(303);
        assertThat(typed.header("Location")).endsWith("/battle/c/" + code);
        for (String bad : List.of("/battle/c/000000", "/battle/c/12ab56", "/battle/c?code=12", "/battle/c")) {
            given().get(bad).then().statusCode(404).body(containsString("data-test=\"not-found\""));
        }

        // both sides taken: the link says so (409) in the reader's language
        try (TestSocket hana = TestSocket.open(vertx, "/ws/battle/" + battleId);
                TestSocket ivo = TestSocket.open(vertx, "/ws/battle/" + battleId)) {
            hana.send(new JsonObject()
                    .put("type", "join")
                    .put("nickname", "Hana")
                    .put("guestId", challenge.getString("guestId")));
            hana.await("battle_welcome");
            ivo.send(new JsonObject().put("type", "join").put("nickname", "Ivo"));
            ivo.await("battle_welcome");
            Awaitility.await()
                    .atMost(TestSocket.WAIT)
                    .untilAsserted(() -> given().header("Accept-Language", "zh-CN")
                            .get("/battle/c/" + code)
                            .then()
                            .statusCode(409)
                            .body(containsString("这个挑战已经开始或结束了。")));
        }
    }

    @Test
    void aRatingsBoardRanksEstablishedPlayersAndListsProvisionalOnesApart() throws SQLException {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String settled = "guest:g_settled" + run;
        String fresh = "guest:g_fresh" + run;
        double top = 3000 + (System.currentTimeMillis() - 1_700_000_000_000L) / 1e9; // above earlier runs' rows
        try {
            rating(settled, "topic-evaluation", "<i>Eve</i>", top, 80, 12);
            rating(fresh, "topic-evaluation", "Fay", top + 1, 250, 1);
            String page = given().header("Accept-Language", "en")
                    .get("/battles/ratings/topic-evaluation")
                    .then()
                    .statusCode(200)
                    .body(containsString("Evaluation"))
                    .body(containsString("Provisional ratings (not ranked yet)"))
                    .body(containsString("&lt;i&gt;Eve&lt;/i&gt;"))
                    .body(not(containsString("<i>Eve</i>")))
                    .extract()
                    .asString();
            String ranked = section(page, "data-test=\"ranked-table\"", "</table>");
            String provisional = section(page, "data-test=\"provisional-table\"", "</table>");
            assertThat(ranked)
                    .contains("data-player=\"" + settled + "\"><td>1</td>")
                    .contains("href=\"/players/guest%3Ag_settled" + run + "/battles\"")
                    .doesNotContain(fresh);
            assertThat(provisional).contains("data-player=\"" + fresh + "\"").contains(">provisional<");
            given().header("Accept-Language", "zh-CN")
                    .get("/battles/ratings/topic-evaluation")
                    .then()
                    .statusCode(200)
                    .body(containsString("评测"))
                    .body(containsString("暂定积分（尚未排名）"));
        } finally {
            delete("delete from player_rating where player_key in (?, ?)", settled, fresh);
        }
        given().header("Accept-Language", "en")
                .get("/battles/ratings")
                .then()
                .statusCode(200)
                .body(containsString("Battle ratings"))
                .body(containsString("href=\"/battles/ratings/global\""))
                .body(containsString("href=\"/battles/ratings/topic-moe\""));
        given().header("Accept-Language", "zh")
                .get("/battles/ratings")
                .then()
                .statusCode(200)
                .body(containsString("对战积分榜"))
                .body(containsString("总榜"));
        given().get("/battles/ratings/global").then().statusCode(200);
        for (String bad : List.of("topic-astrology", "weekly", "topic-")) {
            given().get("/battles/ratings/" + bad)
                    .then()
                    .statusCode(404)
                    .body(containsString("data-test=\"not-found\""));
        }
    }

    @Test
    void aPlayersPageListsTheirBattlesWithScoresOutcomeAndRating() throws SQLException {
        String run = UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        String battleId = "b" + run;
        String ada = "guest:g_ada" + run;
        try {
            try (Connection c = dataSource.getConnection();
                    PreparedStatement b = c.prepareStatement("insert into battle (id, kind, topic, status, owner_node,"
                            + " question_ids, created_at, ended_at) values (?, 'QUICK', 'moe', 'FINISHED', 'test',"
                            + " 'moe-001', ?, ?)");
                    PreparedStatement p = c.prepareStatement("insert into battle_player (battle_id, side, player_key,"
                            + " nickname, ghost_of, score, correct, outcome, forfeited) values (?, ?, ?, ?, null, ?,"
                            + " ?, ?, ?)");
                    PreparedStatement r = c.prepareStatement("insert into rating_change (battle_id, player_key, scope,"
                            + " rating_before, rating_after, deviation_after, counted) values (?, ?, 'global', 1500,"
                            + " 1540.4, 290, true)")) {
                Timestamp now = Timestamp.from(Instant.parse("2026-03-01T10:05:00Z"));
                b.setString(1, battleId);
                b.setTimestamp(2, now);
                b.setTimestamp(3, now);
                b.executeUpdate();
                insertSide(p, battleId, 0, ada, "Ada", 6400, "WIN");
                insertSide(p, battleId, 1, "guest:g_bob" + run, "<b>Bob</b>", 2150, "LOSS");
                r.setString(1, battleId);
                r.setString(2, ada);
                r.executeUpdate();
            }
            given().header("Accept-Language", "en")
                    .get("/players/" + ada + "/battles")
                    .then()
                    .statusCode(200)
                    .body(containsString("data-test=\"history-row\""))
                    .body(containsString("&lt;b&gt;Bob&lt;/b&gt;"))
                    .body(containsString("6400 : 2150"))
                    .body(containsString("▲ Win"))
                    .body(containsString("1500 → 1540 (+40)"))
                    .body(containsString("Mixture of experts"))
                    .body(containsString("2026-03-01 10:05 UTC"));
            // as the ratings board links it: the colon encoded
            given().urlEncodingEnabled(false)
                    .header("Accept-Language", "zh-CN")
                    .get("/players/" + ada.replace(":", "%3A") + "/battles")
                    .then()
                    .statusCode(200)
                    .body(containsString("对战记录"))
                    .body(containsString("▲ 胜"));
        } finally {
            delete("delete from rating_change where battle_id = ?", battleId);
            delete("delete from battle_player where battle_id = ?", battleId);
            delete("delete from battle where id = ?", battleId);
        }
        given().header("Accept-Language", "en")
                .get("/players/guest:g_nobody" + run + "/battles")
                .then()
                .statusCode(200)
                .body(containsString("No finished battles yet."));
        given().get("/players/nobody/battles").then().statusCode(404);
    }

    private static void insertSide(
            PreparedStatement p, String battleId, int side, String key, String nickname, int score, String outcome)
            throws SQLException {
        p.setString(1, battleId);
        p.setInt(2, side);
        p.setString(3, key);
        p.setString(4, nickname);
        p.setInt(5, score);
        p.setInt(6, score > 0 ? 5 : 0);
        p.setString(7, outcome);
        p.setBoolean(8, false);
        p.executeUpdate();
    }

    private void rating(String key, String scope, String name, double rating, double deviation, int battles)
            throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("insert into player_rating (player_key, scope, display_name,"
                        + " rating, deviation, volatility, battles, rated_at) values (?, ?, ?, ?, ?, 0.06, ?, ?)")) {
            s.setString(1, key);
            s.setString(2, scope);
            s.setString(3, name);
            s.setDouble(4, rating);
            s.setDouble(5, deviation);
            s.setInt(6, battles);
            s.setTimestamp(7, Timestamp.from(Instant.now()));
            s.executeUpdate();
        }
    }

    private void delete(String sql, String... keys) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < keys.length; i++) {
                s.setString(i + 1, keys[i]);
            }
            s.executeUpdate();
        }
    }

    private static String section(String page, String start, String end) {
        int from = page.indexOf(start);
        assertThat(from).as(start).isNotNegative();
        return page.substring(from, page.indexOf(end, from));
    }
}
