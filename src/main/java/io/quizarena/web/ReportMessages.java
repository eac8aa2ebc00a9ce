package io.quizarena.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the trainer's report pages, in English here and in Simplified Chinese in
 * {@code messages/report_zh.properties}; templates use {@code {report:key}}, charts get theirs from ReportPages.
 */
@MessageBundle(value = "report", locale = "en")
public interface ReportMessages {

    @Message("Assignment report")
    String eyebrow_assignment();

    @Message("Live game report")
    String eyebrow_game();

    @Message("Report")
    String title();

    @Message("Questions")
    String questions();

    @Message("Players")
    String players();

    @Message("Answers")
    String answers();

    @Message("Correct overall")
    String correct_overall();

    @Message("Download CSV")
    String download_csv();

    @Message("Download Excel")
    String download_xlsx();

    @Message("Share correct per question")
    String share_heading();

    @Message("Share correct")
    String share_summary();

    @Message("Hardest questions")
    String hardest_heading();

    @Message("No answers yet.")
    String no_answers();

    @Message("{percent} correct") // percent is formatted already: "40%", or "—" when nobody answered
    String percent_correct(String percent);

    @Message("{answered} answered · mean {seconds} s")
    String answered_mean(int answered, String seconds);

    @Message("Weakest topics")
    String weakness_heading();

    @Message("Weakness (share answered wrong)")
    String weakness_summary();

    @Message("Choices picked")
    String picks_heading();

    @Message("Picks of question")
    String picks_summary();

    @Message("✓ marks a correct choice, ✗ a wrong one; each bar is the share of the question's answers that picked it.")
    String picks_hint();

    @Message("Nickname")
    String nickname();

    @Message("Score")
    String score();

    @Message("Progress")
    String progress();

    @Message("% correct")
    String share_correct_col();

    @Message("Time")
    String time();

    @Message("Attempts")
    String attempts();

    @Message("Finished")
    String finished();

    @Message("yes")
    String yes();

    @Message("no")
    String no();

    @Message("Nobody has started yet.")
    String no_players();

    @Message("Not your report")
    String refused_title();

    @Message("Only the trainer who set this up, or an admin, can read its report. Sign in as that trainer.")
    String refused_text();
}
