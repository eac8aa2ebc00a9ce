package io.quizarena.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quizarena.battle.BattleRatings.Board;
import java.util.List;

/** The battle pages, type-checked at build time; files in templates/ with hyphenated names, sharing layout.html. */
@CheckedTemplate(defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
final class BattleTemplates {

    private BattleTemplates() {}

    /**
     * What the battle page starts with.
     *
     * @param mode {@code seek} (search for an opponent), {@code challenge} (open one for a friend) or {@code join} (a
     *     battle by id: a friend's challenge, or the page reloaded mid-battle)
     * @param topic a topic id or {@code mixed}; null when joining a battle by id
     * @param nickname null when the page asks for one
     * @param error a reason the page cannot go on (shown at once), or null
     */
    record BattleStart(
            String mode, String topic, String topicName, String nickname, String battleId, String code, String error) {}

    /** A board in the list of ratings boards. */
    record BoardLink(String scope, String name) {}

    /** One finished battle of a player, as their page shows it. */
    record PastBattleRow(
            String when,
            String topicName,
            String opponent,
            boolean opponentGhost,
            int score,
            int opponentScore,
            String outcome,
            String outcomeText,
            boolean forfeited,
            String ratingText) {}

    static native TemplateInstance battle(PageContext page, BattleStart start);

    static native TemplateInstance battleBoards(PageContext page, List<BoardLink> boards);

    static native TemplateInstance battleBoard(PageContext page, BoardLink info, Board board);

    static native TemplateInstance battleHistory(
            PageContext page, String playerKey, String ratingText, List<PastBattleRow> battles);
}
