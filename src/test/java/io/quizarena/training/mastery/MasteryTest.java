package io.quizarena.training.mastery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quizarena.bank.LocalizedText;
import io.quizarena.bank.Topic;
import io.quizarena.training.mastery.TopicMastery.WeekShare;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Mastery from a scripted history: totals, weekly trends on Monday in the learner's zone, weakest first. */
class MasteryTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** A Wednesday; in Shanghai the week began on Monday 10 March, 00:00 +08:00 = Sunday 9 March, 16:00 UTC. */
    static final Instant NOW = Instant.parse("2025-03-12T10:00:00Z");
    /** Monday 01:00 in Shanghai, still Sunday in UTC. */
    static final Instant MONDAY_EARLY_IN_SHANGHAI = Instant.parse("2025-03-09T17:00:00Z");

    static final Map<String, Integer> DUE = Map.of("rag", 3, "agents", 1, "alignment", 1, "diffusion", 2);

    static List<StudyFact> history() {
        List<StudyFact> facts = new ArrayList<>();
        // moe 1 of 4: two this week (one on the boundary), two three weeks ago
        facts.add(new StudyFact("moe", MONDAY_EARLY_IN_SHANGHAI, true));
        facts.add(new StudyFact("moe", Instant.parse("2025-03-11T08:00:00Z"), false));
        facts.add(new StudyFact("moe", Instant.parse("2025-02-18T08:00:00Z"), false));
        facts.add(new StudyFact("moe", Instant.parse("2025-02-19T08:00:00Z"), false));
        // four topics at one half: rag (3 due), then agents and alignment (1 due, by id), then evaluation (none due)
        facts.add(new StudyFact("rag", Instant.parse("2025-03-04T08:00:00Z"), true));
        facts.add(new StudyFact("rag", Instant.parse("2025-03-04T08:01:00Z"), false));
        facts.add(new StudyFact("alignment", Instant.parse("2025-03-05T08:00:00Z"), false));
        facts.add(new StudyFact("alignment", Instant.parse("2025-03-05T08:01:00Z"), true));
        facts.add(new StudyFact("agents", Instant.parse("2025-03-06T08:00:00Z"), true));
        facts.add(new StudyFact("agents", Instant.parse("2025-03-06T08:01:00Z"), false));
        for (int i = 0; i < 4; i++) {
            facts.add(new StudyFact(
                    "evaluation", Instant.parse("2025-03-07T08:00:00Z").plusSeconds(i), i % 2 == 0));
        }
        facts.add(new StudyFact("architecture", Instant.parse("2025-03-10T02:00:00Z"), true));
        facts.add(new StudyFact("architecture", Instant.parse("2025-03-10T03:00:00Z"), true));
        facts.add(new StudyFact("architecture", Instant.parse("2025-03-12T09:00:00Z"), true));
        // ten weeks ago: in the totals, before the trend
        facts.add(new StudyFact("training", Instant.parse("2024-12-30T08:00:00Z"), true));
        // a topic the bank does not have (an author's own): its id stands for its name
        facts.add(new StudyFact("quantum", Instant.parse("2025-03-01T08:00:00Z"), false));
        return facts;
    }

    @Test
    void weakestFirstThenTiesByReviewsDueAndIdThenTopicsNeverPractised() {
        List<TopicMastery> mastery = Mastery.of(history(), DUE, NOW, SHANGHAI, 6);

        assertThat(mastery)
                .extracting(TopicMastery::topic)
                .containsExactly(
                        "quantum",
                        "moe",
                        "rag",
                        "agents",
                        "alignment",
                        "evaluation",
                        "architecture",
                        "training",
                        // never practised: reviews due first, then by id
                        "diffusion",
                        "code-models",
                        "fine-tuning",
                        "inference",
                        "multimodal");
        assertThat(mastery).extracting(TopicMastery::topic).contains(ids(Topic.values()));

        TopicMastery moe = find(mastery, "moe");
        assertThat(moe.answered()).isEqualTo(4);
        assertThat(moe.correct()).isEqualTo(1);
        assertThat(moe.shareCorrect()).isEqualTo(0.25);
        assertThat(moe.name()).isEqualTo(Topic.MOE.displayName());
        assertThat(moe.lastPractisedAt()).isEqualTo(Instant.parse("2025-03-11T08:00:00Z"));
        assertThat(moe.reviewsDue()).isZero();

        assertThat(find(mastery, "rag").reviewsDue()).isEqualTo(3);
        assertThat(find(mastery, "training").answered()).isEqualTo(1);
        assertThat(find(mastery, "training").trend())
                .allSatisfy(w -> assertThat(w.answered()).isZero());

        TopicMastery quantum = find(mastery, "quantum");
        assertThat(quantum.name()).isEqualTo(new LocalizedText("quantum", "quantum"));
        assertThat(quantum.shareCorrect()).isEqualTo(0.0);

        TopicMastery unseen = find(mastery, "multimodal");
        assertThat(unseen.answered()).isZero();
        assertThat(unseen.shareCorrect()).isNull();
        assertThat(unseen.lastPractisedAt()).isNull();
        assertThat(unseen.trend())
                .hasSize(6)
                .allSatisfy(w -> assertThat(w.share()).isNull());
        assertThat(find(mastery, "diffusion").reviewsDue()).isEqualTo(2);
    }

    @Test
    void theTrendHasSixMondaysOldestFirstAndTheBoundaryFollowsTheZone() {
        TopicMastery shanghai = find(Mastery.of(history(), DUE, NOW, SHANGHAI, 6), "moe");
        assertThat(shanghai.trend())
                .extracting(WeekShare::weekStart)
                .containsExactly(
                        LocalDate.of(2025, 2, 3),
                        LocalDate.of(2025, 2, 10),
                        LocalDate.of(2025, 2, 17),
                        LocalDate.of(2025, 2, 24),
                        LocalDate.of(2025, 3, 3),
                        LocalDate.of(2025, 3, 10));
        // this week in Shanghai: the Monday 01:00 answer (correct) and Tuesday's miss
        assertThat(shanghai.trend().get(5)).isEqualTo(new WeekShare(LocalDate.of(2025, 3, 10), 2, 1, 0.5));
        assertThat(shanghai.trend().get(4)).isEqualTo(new WeekShare(LocalDate.of(2025, 3, 3), 0, 0, null));
        assertThat(shanghai.trend().get(2)).isEqualTo(new WeekShare(LocalDate.of(2025, 2, 17), 2, 0, 0.0));

        // in UTC the same answer falls on Sunday, in the week before
        TopicMastery utc = find(Mastery.of(history(), DUE, NOW, ZoneOffset.UTC, 6), "moe");
        assertThat(utc.trend().get(5)).isEqualTo(new WeekShare(LocalDate.of(2025, 3, 10), 1, 0, 0.0));
        assertThat(utc.trend().get(4)).isEqualTo(new WeekShare(LocalDate.of(2025, 3, 3), 1, 1, 1.0));
        assertThat(utc.answered()).as("totals do not depend on the zone").isEqualTo(shanghai.answered());
    }

    @Test
    void anEmptyHistoryListsEveryBankTopicUnpractisedInIdOrder() {
        List<TopicMastery> mastery = Mastery.of(List.of(), Map.of(), NOW, SHANGHAI, 6);
        assertThat(mastery).hasSize(Topic.values().length);
        assertThat(mastery).extracting(TopicMastery::topic).isSorted();
        assertThat(mastery).allSatisfy(m -> {
            assertThat(m.answered()).isZero();
            assertThat(m.shareCorrect()).isNull();
            assertThat(m.reviewsDue()).isZero();
            assertThat(m.trend()).hasSize(6);
            assertThat(m.trend().get(5).weekStart()).isEqualTo(LocalDate.of(2025, 3, 10));
        });
        assertThatThrownBy(() -> Mastery.of(List.of(), Map.of(), NOW, SHANGHAI, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static TopicMastery find(List<TopicMastery> mastery, String topic) {
        return mastery.stream().filter(m -> m.topic().equals(topic)).findFirst().orElseThrow();
    }

    private static String[] ids(Topic[] topics) {
        return java.util.Arrays.stream(topics).map(Topic::id).toArray(String[]::new);
    }
}
