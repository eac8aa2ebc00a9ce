package io.quizarena.training.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * FSRS-5 against values worked out by hand from the published formulas and default parameters (arithmetic in the
 * comments; w4 = 7.1949, w5 = 0.5345, w6 = 1.4604, w7 = 0.0046, w8 = 1.54575, ..., FACTOR = 19/81 ≈ 0.234568).
 */
class FsrsTest {

    static final Offset<Double> CLOSE = within(1e-4);
    static final Instant T0 = Instant.parse("2025-03-03T09:00:00Z");

    final Fsrs fsrs = new Fsrs();

    @Test
    void aFirstGoodStartsAtW2AndDueInThreeDays() {
        Card card = fsrs.first(Rating.GOOD, T0);
        // S0(GOOD) = w2 = 3.173
        assertThat(card.stability()).isCloseTo(3.173, CLOSE);
        // D0(3) = w4 − e^(2·w5) + 1 = 7.1949 − e^1.069 + 1 = 7.1949 − 2.912466 + 1 = 5.282434
        assertThat(card.difficulty()).isCloseTo(5.282434, CLOSE);
        // interval = S/FACTOR·(0.9^(−2) − 1) = S exactly; round(3.173) = 3
        assertThat(card.due()).isEqualTo(T0.plus(Duration.ofDays(3)));
        assertThat(card.reps()).isEqualTo(1);
        assertThat(card.lapses()).isZero();
        assertThat(card.lastReview()).isEqualTo(T0);
    }

    @Test
    void theOtherFirstRatings() {
        Card again = fsrs.first(Rating.AGAIN, T0);
        // S0(AGAIN) = w0 = 0.40255; D0(1) = w4 − e^0 + 1 = w4 = 7.1949; due now (this product's choice)
        assertThat(again.stability()).isCloseTo(0.40255, CLOSE);
        assertThat(again.difficulty()).isCloseTo(7.1949, CLOSE);
        assertThat(again.due()).isEqualTo(T0);
        assertThat(again.lapses()).as("a first miss forgets nothing learnt").isZero();

        Card hard = fsrs.first(Rating.HARD, T0);
        // S0(HARD) = w1 = 1.18385, one day; D0(2) = 7.1949 − e^0.5345 + 1 = 7.1949 − 1.706595 + 1 = 6.488305
        assertThat(hard.stability()).isCloseTo(1.18385, CLOSE);
        assertThat(hard.difficulty()).isCloseTo(6.488305, CLOSE);
        assertThat(hard.due()).isEqualTo(T0.plus(Duration.ofDays(1)));

        Card easy = fsrs.first(Rating.EASY, T0);
        // S0(EASY) = w3 = 15.69105, round → 16 days; D0(4) = 7.1949 − e^1.6035 + 1 = 7.1949 − 4.970398 + 1 = 3.224502
        assertThat(easy.stability()).isCloseTo(15.69105, CLOSE);
        assertThat(easy.difficulty()).isCloseTo(3.224502, CLOSE);
        assertThat(easy.due()).isEqualTo(T0.plus(Duration.ofDays(16)));
    }

    @Test
    void goodAgainAfterItsIntervalGrowsStabilityToAboutTenAndAHalfDays() {
        Card first = fsrs.first(Rating.GOOD, T0);
        Instant later = first.due(); // 3 days on
        // R = (1 + FACTOR·3/3.173)^(−0.5) = (1.221779)^(−0.5) = 0.904698
        assertThat(fsrs.retrievability(first, later)).isCloseTo(0.904698, CLOSE);
        Card second = fsrs.review(first, Rating.GOOD, later);
        // S' = S·(e^w8·(11−D)·S^(−w9)·(e^(w10·(1−R))−1) + 1)
        //    = 3.173·(4.691489·5.717566·0.871414·0.102011 + 1) = 3.173·(2.384465 + 1) = 10.738926
        assertThat(second.stability()).isCloseTo(10.738926, CLOSE);
        // GOOD: ΔD = 0, so D' = w7·D0(4) + (1−w7)·D = 0.0046·3.224502 + 0.9954·5.282434 = 5.272968
        assertThat(second.difficulty()).isCloseTo(5.272968, CLOSE);
        // round(10.7389) = 11 days
        assertThat(second.due()).isEqualTo(later.plus(Duration.ofDays(11)));
        assertThat(second.reps()).isEqualTo(2);
        assertThat(second.lapses()).isZero();
    }

    @Test
    void hardAndEasyAfterTheIntervalScaleTheGainByW15AndW16() {
        Card first = fsrs.first(Rating.GOOD, T0);
        Instant later = T0.plus(Duration.ofDays(3));
        // the same gain 2.384465 times w15 = 0.2315 → 3.173·(0.552004 + 1) = 4.924512
        assertThat(fsrs.review(first, Rating.HARD, later).stability()).isCloseTo(4.924512, CLOSE);
        // times w16 = 2.9898 → 3.173·(7.129074 + 1) = 25.793605
        assertThat(fsrs.review(first, Rating.EASY, later).stability()).isCloseTo(25.793605, CLOSE);
    }

    @Test
    void aLapseShrinksStabilityRaisesDifficultyAndIsDueNow() {
        Card first = fsrs.first(Rating.GOOD, T0);
        Instant later = T0.plus(Duration.ofDays(3));
        Card lapsed = fsrs.review(first, Rating.AGAIN, later);
        // S'f = w11·D^(−w12)·((S+1)^w13 − 1)·e^(w14·(1−R))
        //     = 1.9395·5.282434^(−0.11)·(4.173^0.29605 − 1)·e^(2.2698·0.095302)
        //     = 1.9395·0.832699·0.526454·1.241495 = 1.055561 (below S = 3.173, so not capped)
        assertThat(lapsed.stability()).isCloseTo(1.055561, CLOSE);
        // ΔD = −w6·(1−3) = 2.9208; damped = 5.282434 + 2.9208·(10 − 5.282434)/9 = 6.813442;
        // reverted = 0.0046·3.224502 + 0.9954·6.813442 = 6.796933
        assertThat(lapsed.difficulty()).isCloseTo(6.796933, CLOSE);
        assertThat(lapsed.due()).isEqualTo(later);
        assertThat(lapsed.lapses()).isEqualTo(1);
        assertThat(lapsed.reps()).isEqualTo(2);
    }

    @Test
    void aMissReviewedTheSameDayUsesShortTermStability() {
        Card missed = fsrs.first(Rating.AGAIN, T0);
        Instant soon = T0.plus(Duration.ofMinutes(10));
        // S·e^(w17·(G−3+w18)): AGAIN 0.40255·e^(0.51655·(−1.3379)) = 0.40255·0.501029 = 0.201689
        assertThat(fsrs.review(missed, Rating.AGAIN, soon).stability()).isCloseTo(0.201689, CLOSE);
        // GOOD 0.40255·e^(0.51655·0.6621) = 0.40255·1.407771 = 0.566698, due in round(0.57) → at least 1 day
        Card relearnt = fsrs.review(missed, Rating.GOOD, soon);
        assertThat(relearnt.stability()).isCloseTo(0.566698, CLOSE);
        assertThat(relearnt.due()).isEqualTo(soon.plus(Duration.ofDays(1)));
    }

    @Test
    void retrievabilityIsNinetyPercentAfterStabilityDays() {
        for (double s : new double[] {0.5, 3.173, 42, 365}) {
            Card card = new Card(s, 5, 1, 0, T0, T0);
            long millis = Math.round(s * 86_400_000);
            assertThat(fsrs.retrievability(card, T0.plusMillis(millis))).isCloseTo(0.9, within(1e-9));
            assertThat(fsrs.retrievability(card, T0)).isEqualTo(1.0);
            assertThat(Fsrs.intervalDays(s)).isEqualTo(Math.max(1, Math.round(s)));
        }
    }

    @Test
    void retrievabilityFallsWithTimeAndRisesWithStability() {
        Card weak = new Card(2, 5, 1, 0, T0, T0);
        Card strong = new Card(20, 5, 1, 0, T0, T0);
        double previous = 1.0;
        for (int day = 1; day <= 60; day++) {
            Instant then = T0.plus(Duration.ofDays(day));
            double r = fsrs.retrievability(weak, then);
            assertThat(r).isLessThan(previous).isPositive();
            assertThat(fsrs.retrievability(strong, then)).isGreaterThan(r);
            previous = r;
        }
    }

    @Test
    void betterRatingsGiveLongerStabilityAndLowerDifficulty() {
        Card card = fsrs.review(fsrs.first(Rating.GOOD, T0), Rating.GOOD, T0.plus(Duration.ofDays(3)));
        Instant later = card.due().plus(Duration.ofDays(2));
        double lastStability = 0;
        double lastDifficulty = 11;
        for (Rating rating : Rating.values()) {
            Card next = fsrs.review(card, rating, later);
            assertThat(next.stability()).as(rating.name()).isGreaterThan(lastStability);
            assertThat(next.difficulty()).as(rating.name()).isLessThan(lastDifficulty);
            assertThat(next.due()).as(rating.name()).isAfterOrEqualTo(later);
            lastStability = next.stability();
            lastDifficulty = next.difficulty();
        }
        // a success after a longer wait (lower R) strengthens memory more
        Card onTime = fsrs.review(card, Rating.GOOD, card.due());
        Card late = fsrs.review(card, Rating.GOOD, card.due().plus(Duration.ofDays(20)));
        assertThat(late.stability()).isGreaterThan(onTime.stability());
    }

    @Test
    void difficultyStaysBetweenOneAndTenAndIntervalsKeepGrowingOnSuccess() {
        Card card = fsrs.first(Rating.AGAIN, T0);
        Instant now = T0;
        for (int i = 0; i < 30; i++) {
            now = now.plus(Duration.ofDays(1));
            card = fsrs.review(card, Rating.AGAIN, now);
            assertThat(card.difficulty()).isBetween(1.0, 10.0);
            assertThat(card.stability()).isPositive();
        }
        assertThat(card.difficulty()).as("misses push difficulty towards 10").isGreaterThan(9.5);
        assertThat(card.lapses()).isEqualTo(30);

        card = fsrs.first(Rating.EASY, T0);
        now = T0;
        long lastInterval = 0;
        for (int i = 0; i < 12; i++) {
            now = card.due();
            card = fsrs.review(card, Rating.EASY, now);
            long interval = Duration.between(now, card.due()).toDays();
            assertThat(card.difficulty()).isBetween(1.0, 10.0);
            assertThat(interval).isGreaterThanOrEqualTo(lastInterval).isLessThanOrEqualTo(Fsrs.MAX_INTERVAL_DAYS);
            lastInterval = interval;
        }
    }

    @Test
    void ratingsFromCredit() {
        assertThat(Rating.of(0)).isEqualTo(Rating.AGAIN);
        assertThat(Rating.of(0.5)).isEqualTo(Rating.HARD);
        assertThat(Rating.of(1)).isEqualTo(Rating.GOOD);
        assertThat(Rating.GOOD.grade()).isEqualTo(3);
    }
}
