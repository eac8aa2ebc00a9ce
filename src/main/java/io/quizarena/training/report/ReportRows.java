package io.quizarena.training.report;

import io.quizarena.bank.Language;
import io.quizarena.training.report.TrainingReport.ChoiceRow;
import io.quizarena.training.report.TrainingReport.PlayerRow;
import io.quizarena.training.report.TrainingReport.QuestionRow;
import io.quizarena.training.report.TrainingReport.TopicRow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The rows of the report's four tables (questions, choices, topics, players) as cells, shared by the CSV and the xlsx
 * file so that both carry the same numbers. A cell is a String or a Number; a missing value (nobody answered) is
 * null, an empty cell. Percentages are whole numbers, times seconds with one decimal.
 */
final class ReportRows {

    private ReportRows() {}

    static List<List<Object>> summary(TrainingReport r, Language lang) {
        return List.of(
                row(
                        ReportColumns.TITLE.in(lang),
                        r.title() == null ? "" : r.title().in(lang)),
                row(ReportColumns.KIND.in(lang), ReportColumns.kind(r.kind(), lang)),
                row(
                        ReportColumns.STARTED_AT.in(lang),
                        r.startedAt() == null ? "" : r.startedAt().toString()),
                row(ReportColumns.QUESTION_COUNT.in(lang), r.questionCount()),
                row(ReportColumns.PLAYER_COUNT.in(lang), r.playerCount()),
                row(ReportColumns.ANSWER_COUNT.in(lang), r.answerCount()),
                row(ReportColumns.PERCENT_CORRECT.in(lang), r.percentCorrect()));
    }

    static List<List<Object>> questions(TrainingReport r, Language lang) {
        List<List<Object>> rows = new ArrayList<>();
        for (QuestionRow q : r.questions()) {
            rows.add(row(
                    "Q" + q.number(),
                    q.questionId(),
                    q.topic(),
                    q.type() == null ? "" : q.type().wireName(),
                    ReportCharts.plain(q.text(), lang),
                    q.answered(),
                    q.correct(),
                    q.percentCorrect(),
                    q.meanCredit() == null ? null : Math.round(q.meanCredit() * 100) / 100.0,
                    q.meanResponseMillis() == null ? null : seconds(q.meanResponseMillis())));
        }
        return rows;
    }

    static List<List<Object>> choices(TrainingReport r, Language lang) {
        List<List<Object>> rows = new ArrayList<>();
        for (QuestionRow q : r.questions()) {
            for (ChoiceRow c : q.choices()) {
                rows.add(row(
                        "Q" + q.number(),
                        c.label(),
                        ReportCharts.plain(c.text(), lang),
                        ReportColumns.yesNo(c.correct(), lang),
                        c.picks(),
                        c.percent()));
            }
        }
        return rows;
    }

    static List<List<Object>> topics(TrainingReport r, Language lang) {
        List<List<Object>> rows = new ArrayList<>();
        for (TopicRow t : r.topics()) {
            rows.add(row(
                    t.topic(),
                    t.name().in(lang),
                    t.questions(),
                    t.answered(),
                    t.correct(),
                    t.percentCorrect(),
                    t.percentWeakness()));
        }
        return rows;
    }

    static List<List<Object>> players(TrainingReport r, Language lang) {
        List<List<Object>> rows = new ArrayList<>();
        for (PlayerRow p : r.players()) {
            rows.add(row(
                    p.nickname(),
                    p.team() == null ? "" : p.team(),
                    p.score(),
                    p.questionsAnswered(),
                    p.questionCount(),
                    p.percentProgress(),
                    p.correct(),
                    p.percentCorrect(),
                    seconds(p.timeSpentMillis()),
                    p.attempts(),
                    ReportColumns.yesNo(p.finished(), lang)));
        }
        return rows;
    }

    static double seconds(long millis) {
        return Math.round(millis / 100.0) / 10.0;
    }

    private static List<Object> row(Object... cells) {
        return new ArrayList<>(Arrays.asList(cells));
    }
}
