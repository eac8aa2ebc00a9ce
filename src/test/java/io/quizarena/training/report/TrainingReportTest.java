package io.quizarena.training.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.quizarena.bank.Language;
import io.quizarena.training.report.ReportCharts.ChartTexts;
import io.quizarena.training.report.TrainingReport.ChoiceRow;
import io.quizarena.training.report.TrainingReport.PlayerRow;
import io.quizarena.training.report.TrainingReport.QuestionRow;
import io.quizarena.training.report.TrainingReport.TopicRow;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report's numbers on the scripted team of {@link ReportSamples}, worked out by hand. */
class TrainingReportTest {

    final TrainingReport report = TrainingReport.of(ReportSamples.input("assignment", "a1"));

    @Test
    void eachQuestionCountsFullCreditAsCorrectAndKeepsTheMeanCredit() {
        List<QuestionRow> q = report.questions();
        assertThat(q).extracting(QuestionRow::number).containsExactly(1, 2, 3, 4, 5);
        assertThat(q).extracting(QuestionRow::answered).containsExactly(3, 3, 2, 3, 0);
        assertThat(q).extracting(QuestionRow::correct).containsExactly(2, 1, 1, 1, 0);
        assertThat(q.get(0).shareCorrect()).isCloseTo(2 / 3.0, within(1e-9));
        // half credit for Bo on the multi question: not correct, but it counts in the mean credit
        assertThat(q.get(1).shareCorrect()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(q.get(1).meanCredit()).isCloseTo(0.5, within(1e-9));
        assertThat(q.get(0).meanResponseMillis()).isEqualTo(2000L);
        assertThat(q.get(4).shareCorrect()).as("nobody answered: no share").isNull();
        assertThat(q.get(4).meanResponseMillis()).isNull();
        assertThat(report.answerCount()).isEqualTo(11);
        assertThat(report.shareCorrect()).isCloseTo(5 / 11.0, within(1e-9));
    }

    @Test
    void choicePicksAreCountedAndSharedOverTheQuestionsAnswers() {
        List<ChoiceRow> single = report.questions().get(0).choices();
        assertThat(single).extracting(ChoiceRow::label).containsExactly("A", "B", "C", "D");
        assertThat(single).extracting(ChoiceRow::picks).containsExactly(2, 1, 0, 0);
        assertThat(single).extracting(ChoiceRow::percent).containsExactly(67, 33, 0, 0);
        assertThat(single).extracting(ChoiceRow::correct).containsExactly(true, false, false, false);
        // a multi answer picks several: the shares add up to more than 100%
        List<ChoiceRow> multi = report.questions().get(1).choices();
        assertThat(multi).extracting(ChoiceRow::picks).containsExactly(3, 1, 1);
        assertThat(multi).extracting(ChoiceRow::percent).containsExactly(100, 33, 33);
        assertThat(report.questions().get(2).choices()).isEmpty();
    }

    @Test
    void theHardestComeLowestShareFirstThenLowestCreditAndLeaveOutUnansweredOnes() {
        // Q2 and Q4 both 1/3; Q4's mean credit (1/3) is below Q2's (1/2)
        assertThat(report.hardest()).extracting(QuestionRow::number).containsExactly(4, 2, 3, 1);
    }

    @Test
    void topicsAreWeakestFirstAcrossTheTeam() {
        List<TopicRow> topics = report.topics();
        assertThat(topics).extracting(TopicRow::topic).containsExactly("rag", "moe", "alignment");
        assertThat(topics.get(0).weakness()).isCloseTo(0.6, within(1e-9));
        assertThat(topics.get(1).weakness()).isCloseTo(0.5, within(1e-9));
        assertThat(topics.get(0).answered()).isEqualTo(5);
        assertThat(topics.get(2).weakness()).as("nobody answered it").isNull();
        assertThat(topics.get(0).name().en()).isEqualTo("Retrieval-augmented generation");
    }

    @Test
    void everyPlayerAppearsByScoreEvenOneWhoAnsweredNothing() {
        List<PlayerRow> players = report.players();
        assertThat(players).extracting(PlayerRow::nickname).containsExactly("Ada", "=1+2", "Bo", "Dee");
        PlayerRow ada = players.get(0);
        assertThat(ada.shareCorrect()).isEqualTo(1.0);
        assertThat(ada.percentProgress()).isEqualTo(80);
        assertThat(ada.timeSpentMillis()).isEqualTo(10_000);
        PlayerRow bo = players.get(2);
        assertThat(bo.correct()).isZero();
        assertThat(bo.attempts()).isEqualTo(2);
        assertThat(bo.finished()).isTrue();
        PlayerRow dee = players.get(3);
        assertThat(dee.questionsAnswered()).isZero();
        assertThat(dee.shareCorrect()).isNull();
        assertThat(dee.progress()).isZero();
    }

    @Test
    void aReportOfNothingHasNoSharesAndNoHardest() {
        ReportInput empty = new ReportInput(
                "game", "g", ReportSamples.text("空", "Empty"), "host", null, List.of(), List.of(), List.of());
        TrainingReport nothing = TrainingReport.of(empty);
        assertThat(nothing.shareCorrect()).isNull();
        assertThat(nothing.hardest()).isEmpty();
        assertThat(nothing.topics()).isEmpty();
    }

    @Test
    void chartsAreAccessibleImagesWithEscapedTextsAndEveryNumber() {
        String svg = ReportCharts.shareCorrect(report, Language.EN, new ChartTexts("Share <correct>", "Correct"));
        assertThat(svg)
                .startsWith("<svg")
                .contains("role=\"img\"", "viewBox=\"0 0 640 ", "<title>Share &lt;correct&gt;</title>")
                .contains("Q4 · Is 1 &lt; 2 &amp; &quot;true&quot;?")
                .contains(">67%<", ">33%<", ">50%<", ">—<")
                .doesNotContain("1 < 2");
        assertThat(svg.split("<g class=\"bar ", -1)).hasSize(6);
        String picks = ReportCharts.picks(report.questions().get(0), Language.ZH, new ChartTexts("选项", "选择"));
        assertThat(picks).contains("✓ A · 前 k 个", "✗ B · 全部", ">2 · 67%<", ">0 · 0%<");
        String weak = ReportCharts.weakness(report, Language.EN, new ChartTexts("Weakness", "Weakness"));
        assertThat(weak).contains(">60%<", ">50%<").contains("<desc>Weakness: Retrieval-augmented generation 60%");
    }

    @Test
    void longLabelsAreCutToTheChartsWidthCountingChineseDouble() {
        assertThat(ReportCharts.clip("x".repeat(60)))
                .hasSize(ReportCharts.LABEL_UNITS + 1)
                .endsWith("…");
        assertThat(ReportCharts.clip("题".repeat(40))).isEqualTo("题".repeat(ReportCharts.LABEL_UNITS / 2) + "…");
        assertThat(ReportCharts.clip("short")).isEqualTo("short");
    }
}
