package io.quizarena.training.report;

import io.quarkus.runtime.annotations.RegisterForReflection;
import io.quizarena.bank.LocalizedText;
import io.quizarena.bank.QuestionType;
import io.quizarena.bank.Topic;
import io.quizarena.training.report.ReportInput.ReportAnswer;
import io.quizarena.training.report.ReportInput.ReportChoice;
import io.quizarena.training.report.ReportInput.ReportPlayer;
import io.quizarena.training.report.ReportInput.ReportQuestion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A trainer's report, computed from a {@link ReportInput} alone: how each question went (share correct, mean credit,
 * the choices picked, mean time), the hardest questions, the team's weakest topics, and each player's progress. An
 * answer counts as correct when its credit is 1 (full credit); partial credit shows in the mean credit only. Shares
 * are 0..1, and null where nothing was answered, so "nobody answered" never reads as "nobody was right". This record is
 * the Report JSON of docs/training-api.md.
 */
@RegisterForReflection
public record TrainingReport(
        String kind,
        String id,
        LocalizedText title,
        String owner,
        Instant startedAt,
        int questionCount,
        int playerCount,
        int answerCount,
        Double shareCorrect,
        List<QuestionRow> questions,
        List<QuestionRow> hardest,
        List<TopicRow> topics,
        List<PlayerRow> players) {

    /** How many questions the hardest list names. */
    public static final int HARDEST = 5;

    /** Full credit, allowing for the rounding of a sum of partial credits. */
    static final double FULL = 1 - 1e-9;

    /** A question in playing order; {@code number} counts from 1. */
    @RegisterForReflection
    public record QuestionRow(
            int index,
            int number,
            String questionId,
            String topic,
            QuestionType type,
            LocalizedText text,
            int answered,
            int correct,
            Double shareCorrect,
            Double meanCredit,
            Long meanResponseMillis,
            List<ChoiceRow> choices) {

        /** The share correct in whole percent, or null when nobody answered. */
        public Integer percentCorrect() {
            return percent(shareCorrect);
        }
    }

    /** How often one choice was picked; {@code share} is of the question's answers (a multi answer picks several). */
    @RegisterForReflection
    public record ChoiceRow(String id, String label, LocalizedText text, boolean correct, int picks, Double share) {

        public Integer percent() {
            return TrainingReport.percent(share);
        }
    }

    /** A topic across the team; {@code weakness} is 1 minus its share correct. */
    @RegisterForReflection
    public record TopicRow(
            String topic,
            LocalizedText name,
            int questions,
            int answered,
            int correct,
            Double shareCorrect,
            Double weakness) {

        public Integer percentCorrect() {
            return percent(shareCorrect);
        }

        public Integer percentWeakness() {
            return percent(weakness);
        }
    }

    /** A player; {@code progress} is questions answered of the total, {@code shareCorrect} of the answers given. */
    @RegisterForReflection
    public record PlayerRow(
            String playerKey,
            String nickname,
            String team,
            int score,
            int questionsAnswered,
            int questionCount,
            double progress,
            int correct,
            Double shareCorrect,
            long timeSpentMillis,
            int attempts,
            boolean finished) {

        public Integer percentCorrect() {
            return percent(shareCorrect);
        }

        public int percentProgress() {
            return percent(progress);
        }
    }

    public TrainingReport {
        questions = List.copyOf(questions);
        hardest = List.copyOf(hardest);
        topics = List.copyOf(topics);
        players = List.copyOf(players);
    }

    public Integer percentCorrect() {
        return percent(shareCorrect);
    }

    /** Computes the report; answers to a question the input does not list are left out. */
    public static TrainingReport of(ReportInput input) {
        Map<Integer, List<ReportAnswer>> byQuestion = new HashMap<>();
        Map<String, List<ReportAnswer>> byPlayer = new HashMap<>();
        for (ReportAnswer a : input.answers()) {
            byQuestion
                    .computeIfAbsent(a.questionIndex(), k -> new ArrayList<>())
                    .add(a);
            byPlayer.computeIfAbsent(a.playerKey(), k -> new ArrayList<>()).add(a);
        }
        List<QuestionRow> questions = new ArrayList<>();
        for (int i = 0; i < input.questions().size(); i++) {
            ReportQuestion q = input.questions().get(i);
            questions.add(question(i + 1, q, byQuestion.getOrDefault(q.index(), List.of())));
        }
        int answered = questions.stream().mapToInt(QuestionRow::answered).sum();
        int correct = questions.stream().mapToInt(QuestionRow::correct).sum();
        List<PlayerRow> players = input.players().stream()
                .map(p -> player(p, input.questions().size(), byPlayer.getOrDefault(p.playerKey(), List.of())))
                .sorted(Comparator.comparingInt(PlayerRow::score)
                        .reversed()
                        .thenComparing(PlayerRow::nickname, Comparator.nullsLast(String::compareTo)))
                .toList();
        return new TrainingReport(
                input.kind(),
                input.id(),
                input.title(),
                input.owner(),
                input.startedAt(),
                questions.size(),
                players.size(),
                answered,
                share(correct, answered),
                questions,
                hardest(questions),
                topics(questions),
                players);
    }

    private static QuestionRow question(int number, ReportQuestion q, List<ReportAnswer> answers) {
        int correct = 0;
        double credit = 0;
        long millis = 0;
        Map<String, Integer> picks = new HashMap<>();
        for (ReportAnswer a : answers) {
            correct += a.credit() >= FULL ? 1 : 0;
            credit += a.credit();
            millis += a.responseMillis();
            a.choiceIds().stream().distinct().forEach(c -> picks.merge(c, 1, Integer::sum));
        }
        int n = answers.size();
        List<ChoiceRow> choices = new ArrayList<>();
        for (int c = 0; c < q.choices().size(); c++) {
            ReportChoice choice = q.choices().get(c);
            int count = picks.getOrDefault(choice.id(), 0);
            choices.add(new ChoiceRow(choice.id(), label(c), choice.text(), choice.correct(), count, share(count, n)));
        }
        return new QuestionRow(
                q.index(),
                number,
                q.questionId(),
                q.topic(),
                q.type(),
                q.text(),
                n,
                correct,
                share(correct, n),
                n == 0 ? null : credit / n,
                n == 0 ? null : Math.round((double) millis / n),
                choices);
    }

    /** The answered questions with the lowest share correct (then the lowest mean credit), in playing order on ties. */
    private static List<QuestionRow> hardest(List<QuestionRow> questions) {
        return questions.stream()
                .filter(q -> q.answered() > 0)
                .sorted(Comparator.comparingDouble(QuestionRow::shareCorrect)
                        .thenComparingDouble(QuestionRow::meanCredit)
                        .thenComparingInt(QuestionRow::number))
                .limit(HARDEST)
                .toList();
    }

    /** Topics in order of first appearance, then weakest first; topics nobody answered go last. */
    private static List<TopicRow> topics(List<QuestionRow> questions) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (QuestionRow q : questions) {
            int[] c = counts.computeIfAbsent(q.topic() == null ? "" : q.topic(), k -> new int[3]);
            c[0]++;
            c[1] += q.answered();
            c[2] += q.correct();
        }
        List<TopicRow> rows = new ArrayList<>();
        counts.forEach((topic, c) -> {
            Double share = share(c[2], c[1]);
            rows.add(new TopicRow(topic, topicName(topic), c[0], c[1], c[2], share, share == null ? null : 1 - share));
        });
        rows.sort(Comparator.comparing(TopicRow::weakness, Comparator.nullsLast(Comparator.reverseOrder())));
        return rows;
    }

    private static PlayerRow player(ReportPlayer p, int questionCount, List<ReportAnswer> answers) {
        int correct = (int) answers.stream().filter(a -> a.credit() >= FULL).count();
        int answered = Math.max(p.questionsAnswered(), answers.size());
        return new PlayerRow(
                p.playerKey(),
                p.nickname(),
                p.team(),
                p.score(),
                answered,
                questionCount,
                questionCount == 0 ? 0 : Math.min(1, (double) answered / questionCount),
                correct,
                share(correct, answers.size()),
                p.timeSpentMillis(),
                p.attempts(),
                p.finished());
    }

    /** A bank topic's name in both languages; another topic (a host's own) is named by its id. */
    static LocalizedText topicName(String topic) {
        return Topic.byId(topic).map(Topic::displayName).orElse(new LocalizedText(topic, topic));
    }

    /** A, B, C... as the pages letter the choices. */
    static String label(int position) {
        return position < 26 ? String.valueOf((char) ('A' + position)) : String.valueOf(position + 1);
    }

    static Double share(int part, int whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    static Integer percent(Double share) {
        return share == null ? null : (int) Math.round(share * 100);
    }
}
