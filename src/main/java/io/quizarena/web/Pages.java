package io.quizarena.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quizarena.bank.QuizView;
import io.quizarena.leaderboard.BoardCatalog.BoardInfo;
import io.quizarena.leaderboard.LeaderboardQueries.BoardPage;
import io.quizarena.results.GameResults;
import io.quizarena.results.GameResults.GameSummary;
import java.util.List;

/** The pages, type-checked at build time; files in templates/ with hyphenated names, sharing layout.html. */
@CheckedTemplate(defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
final class Pages {

    private Pages() {}

    /** A topic for the editor's filter, named in the page's language. */
    record TopicOption(String id, String name) {}

    static native TemplateInstance home(PageContext page, String pin, String nickname, String error, BoardPage week);

    static native TemplateInstance join(PageContext page, String pin, String nickname, String error);

    static native TemplateInstance play(PageContext page, String pin, String nickname, String team);

    static native TemplateInstance signin(PageContext page, String next, boolean failed);

    static native TemplateInstance forbidden(PageContext page);

    static native TemplateInstance notFound(PageContext page);

    static native TemplateInstance host(
            PageContext page,
            List<QuizView> quizzes,
            String selected,
            List<GameSummary> games,
            List<HostPages.OpenRoomView> rooms);

    /**
     * @param loopback whether the join link reaches this machine only, so the lobby says how to fix it
     * @param remote the phone controls rather than the big screen (docs/adr/0019)
     */
    static native TemplateInstance hostRoom(
            PageContext page, String pin, String joinUrl, boolean loopback, boolean remote);

    static native TemplateInstance quizzes(PageContext page, List<QuizView> quizzes);

    static native TemplateInstance quiz(PageContext page, QuizView quiz);

    static native TemplateInstance quizEditor(PageContext page, String quizId, List<TopicOption> topics);

    static native TemplateInstance results(PageContext page, GameResults game);

    static native TemplateInstance leaderboards(PageContext page, List<BoardCard> boards);

    static native TemplateInstance leaderboard(
            PageContext page, BoardInfo info, BoardPage board, int pageNumber, int pageSize, boolean hasNextPage);
}
