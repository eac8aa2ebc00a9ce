package io.quizarena.training.report;

import io.quizarena.bank.LocalizedText;
import io.quizarena.bank.QuestionType;
import io.quizarena.training.report.ReportInput.ReportAnswer;
import io.quizarena.training.report.ReportInput.ReportChoice;
import io.quizarena.training.report.ReportInput.ReportPlayer;
import io.quizarena.training.report.ReportInput.ReportQuestion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A scripted team: five questions in three topics, four players (one answered nothing, one's nickname looks like a
 * formula). The expected numbers are worked out by hand in TrainingReportTest.
 */
public final class ReportSamples {

    public static final String OWNER = "host";

    private ReportSamples() {}

    public static ReportInput input(String kind, String id) {
        List<ReportQuestion> questions = List.of(
                new ReportQuestion(
                        0,
                        "moe-001",
                        "moe",
                        QuestionType.SINGLE,
                        text("路由器选择哪些专家？", "Which experts does the router pick?"),
                        List.of(
                                choice("a", "前 k 个", "The top k", true),
                                choice("b", "全部", "All of them", false),
                                choice("c", "随机一个", "One at random", false),
                                choice("d", "没有", "None", false))),
                new ReportQuestion(
                        1,
                        "moe-002",
                        "moe",
                        QuestionType.MULTI,
                        text("哪些能平衡负载？", "Which of these balance the load across experts in a large model?"),
                        List.of(
                                choice("a", "辅助损失", "An auxiliary loss", true),
                                choice("b", "容量因子", "A capacity factor", true),
                                choice("c", "更大的学习率", "A larger learning rate", false))),
                new ReportQuestion(2, "rag-001", "rag", QuestionType.NUMERIC, text("块大小？", "Chunk size?"), List.of()),
                new ReportQuestion(
                        3,
                        "rag-002",
                        "rag",
                        QuestionType.TRUE_FALSE,
                        text("1 < 2 & \"对\"？", "Is 1 < 2 & \"true\"?"),
                        List.of(choice("t", "对", "True", true), choice("f", "错", "False", false))),
                new ReportQuestion(
                        4,
                        "alignment-001",
                        "alignment",
                        QuestionType.TYPED,
                        text("DPO 全称？", "DPO stands for?"),
                        List.of()));
        List<ReportPlayer> players = List.of(
                new ReportPlayer("user:ada", "Ada", "Red", 4000, 4, 10_000, 1, false),
                new ReportPlayer("guest:g1", "Bo", null, 500, 4, 9_000, 2, true),
                new ReportPlayer("guest:g2", "=1+2", null, 1000, 3, 7_500, 1, false),
                new ReportPlayer("guest:g3", "Dee", null, 0, 0, 0, 1, false));
        List<ReportAnswer> answers = new ArrayList<>();
        answers.add(answer("user:ada", 0, List.of("a"), 1, 1000));
        answers.add(answer("guest:g1", 0, List.of("b"), 0, 2000));
        answers.add(answer("guest:g2", 0, List.of("a"), 1, 3000));
        answers.add(answer("user:ada", 1, List.of("a", "b"), 1, 4000));
        answers.add(answer("guest:g1", 1, List.of("a"), 0.5, 4000));
        answers.add(answer("guest:g2", 1, List.of("a", "c"), 0, 4000));
        answers.add(answer("user:ada", 2, List.of(), 1, 2000));
        answers.add(answer("guest:g1", 2, List.of(), 0, 1000));
        answers.add(answer("user:ada", 3, List.of("t"), 1, 3000));
        answers.add(answer("guest:g1", 3, List.of("f"), 0, 2000));
        answers.add(answer("guest:g2", 3, List.of("f"), 0, 500));
        return new ReportInput(
                kind,
                id,
                text("混合专家周练", "MoE weekly drill"),
                OWNER,
                Instant.parse("2026-03-02T09:00:00Z"),
                questions,
                players,
                answers);
    }

    static LocalizedText text(String zh, String en) {
        return new LocalizedText(zh, en);
    }

    private static ReportChoice choice(String id, String zh, String en, boolean correct) {
        return new ReportChoice(id, text(zh, en), correct);
    }

    private static ReportAnswer answer(String player, int question, List<String> choices, double credit, long ms) {
        return new ReportAnswer(player, question, choices, credit, ms);
    }
}
