package io.quizarena.training.mastery;

import io.quizarena.bank.LocalizedText;
import io.quizarena.bank.Topic;
import io.quizarena.training.mastery.TopicMastery.WeekShare;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Mastery per topic from a learner's answers (docs/adr/0024). Pure: the caller passes the time and zone. */
public final class Mastery {

    /** Weakest first: practised topics by share correct, more reviews due first on a tie, then by id. */
    static final Comparator<TopicMastery> WEAKEST_FIRST = Comparator.comparing((TopicMastery m) -> m.answered() == 0)
            .thenComparing(m -> m.shareCorrect() == null ? 0 : m.shareCorrect())
            .thenComparing(TopicMastery::reviewsDue, Comparator.reverseOrder())
            .thenComparing(TopicMastery::topic);

    private Mastery() {}

    /**
     * @param dueByTopic reviews due now per topic
     * @param weeks how many weeks the trend covers, the current one last (weeks start on Monday in {@code zone})
     * @return every topic of the bank plus any other topic answered, weakest first
     */
    public static List<TopicMastery> of(
            List<StudyFact> facts, Map<String, Integer> dueByTopic, Instant now, ZoneId zone, int weeks) {
        if (weeks < 1) {
            throw new IllegalArgumentException("weeks must be at least 1");
        }
        LocalDate thisWeek = weekStart(now, zone);
        LocalDate firstWeek = thisWeek.minusWeeks(weeks - 1L);

        Map<String, Tally> tallies = new LinkedHashMap<>();
        for (Topic topic : Topic.values()) {
            tallies.put(topic.id(), new Tally(weeks));
        }
        for (StudyFact fact : facts) {
            Tally tally = tallies.computeIfAbsent(fact.topic(), id -> new Tally(weeks));
            tally.add(fact, weekIndex(weekStart(fact.answeredAt(), zone), firstWeek, weeks));
        }
        // a card due in a topic no answer names still deserves a place (its history may be older than the facts)
        dueByTopic.forEach((topic, due) -> {
            if (due != null && due > 0) {
                tallies.computeIfAbsent(topic, id -> new Tally(weeks));
            }
        });

        List<TopicMastery> result = new ArrayList<>(tallies.size());
        tallies.forEach((topic, tally) ->
                result.add(tally.mastery(topic, name(topic), firstWeek, dueByTopic.getOrDefault(topic, 0))));
        result.sort(WEAKEST_FIRST);
        return result;
    }

    /** The Monday that starts the week of {@code at} in {@code zone}. */
    static LocalDate weekStart(Instant at, ZoneId zone) {
        return at.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The week's place in the trend, or −1 outside it (older, or after now). */
    private static int weekIndex(LocalDate week, LocalDate firstWeek, int weeks) {
        long index = ChronoUnit.WEEKS.between(firstWeek, week);
        return week.isBefore(firstWeek) || index >= weeks ? -1 : (int) index;
    }

    private static LocalizedText name(String topic) {
        return Topic.byId(topic).map(Topic::displayName).orElseGet(() -> new LocalizedText(topic, topic));
    }

    /** Counts for one topic while the facts are read. */
    private static final class Tally {
        int answered;
        int correct;
        Instant last;
        final int[] weekAnswered;
        final int[] weekCorrect;

        Tally(int weeks) {
            weekAnswered = new int[weeks];
            weekCorrect = new int[weeks];
        }

        void add(StudyFact fact, int week) {
            answered++;
            if (fact.correct()) {
                correct++;
            }
            if (last == null || fact.answeredAt().isAfter(last)) {
                last = fact.answeredAt();
            }
            if (week >= 0) {
                weekAnswered[week]++;
                if (fact.correct()) {
                    weekCorrect[week]++;
                }
            }
        }

        TopicMastery mastery(String topic, LocalizedText name, LocalDate firstWeek, int due) {
            List<WeekShare> trend = new ArrayList<>(weekAnswered.length);
            for (int i = 0; i < weekAnswered.length; i++) {
                trend.add(new WeekShare(
                        firstWeek.plusWeeks(i),
                        weekAnswered[i],
                        weekCorrect[i],
                        share(weekCorrect[i], weekAnswered[i])));
            }
            return new TopicMastery(
                    topic, name, answered, correct, share(correct, answered), List.copyOf(trend), last, due);
        }

        private static Double share(int correct, int answered) {
            return answered == 0 ? null : (double) correct / answered;
        }
    }
}
