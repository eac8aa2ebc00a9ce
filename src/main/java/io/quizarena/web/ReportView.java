package io.quizarena.web;

import io.quizarena.bank.Language;
import io.quizarena.training.report.ReportCharts;
import io.quizarena.training.report.ReportCharts.ChartTexts;
import io.quizarena.training.report.TrainingReport;
import io.quizarena.training.report.TrainingReport.PlayerRow;
import io.quizarena.training.report.TrainingReport.QuestionRow;
import java.util.List;
import java.util.Locale;

/**
 * A report as its page shows it, in the page's language: the charts already drawn (escaped SVG from ReportCharts),
 * numbers already formatted, so the template only places them.
 */
record ReportView(
        String eyebrow,
        String title,
        int questionCount,
        int playerCount,
        int answerCount,
        String percentCorrect,
        String csvUrl,
        String xlsxUrl,
        String shareChart,
        String weaknessChart,
        List<Hard> hardest,
        List<Picks> picks,
        List<Player> players) {

    record Hard(int number, String text, String percent, int answered, String seconds) {}

    record Picks(int number, String text, String chart) {}

    record Player(
            String nickname,
            String team,
            int score,
            String progress,
            String percentCorrect,
            String time,
            int attempts,
            boolean finished) {}

    static ReportView of(TrainingReport report, String base, PageContext page, ReportMessages texts) {
        Language lang = page.zh() ? Language.ZH : Language.EN;
        String query = "?lang=" + page.lang();
        return new ReportView(
                "game".equals(report.kind()) ? texts.eyebrow_game() : texts.eyebrow_assignment(),
                report.title() == null ? texts.title() : report.title().in(lang),
                report.questionCount(),
                report.playerCount(),
                report.answerCount(),
                percent(report.percentCorrect()),
                base + ".csv" + query,
                base + ".xlsx" + query,
                ReportCharts.shareCorrect(report, lang, new ChartTexts(texts.share_heading(), texts.share_summary())),
                ReportCharts.weakness(report, lang, new ChartTexts(texts.weakness_heading(), texts.weakness_summary())),
                report.hardest().stream()
                        .map(q -> new Hard(
                                q.number(),
                                text(q, lang),
                                percent(q.percentCorrect()),
                                q.answered(),
                                seconds(q.meanResponseMillis())))
                        .toList(),
                report.questions().stream()
                        .filter(q -> !q.choices().isEmpty() && q.answered() > 0)
                        .map(q -> new Picks(
                                q.number(),
                                text(q, lang),
                                ReportCharts.picks(
                                        q,
                                        lang,
                                        new ChartTexts(
                                                texts.picks_summary() + " Q" + q.number(), texts.picks_summary()))))
                        .toList(),
                report.players().stream().map(ReportView::player).toList());
    }

    private static Player player(PlayerRow p) {
        return new Player(
                p.nickname(),
                p.team(),
                p.score(),
                p.questionsAnswered() + "/" + p.questionCount(),
                percent(p.percentCorrect()),
                seconds(p.timeSpentMillis()) + " s",
                p.attempts(),
                p.finished());
    }

    private static String text(QuestionRow q, Language lang) {
        return q.text() == null ? "" : q.text().in(lang);
    }

    private static String percent(Integer percent) {
        return percent == null ? "—" : percent + "%";
    }

    private static String seconds(Long millis) {
        return millis == null ? "—" : String.format(Locale.ROOT, "%.1f", millis / 1000.0);
    }
}
