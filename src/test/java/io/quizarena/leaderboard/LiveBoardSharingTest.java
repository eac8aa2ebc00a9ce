package io.quizarena.leaderboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.quizarena.leaderboard.LeaderboardQueries.BoardPage;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Viewers of one board share its reads: one query per change, whatever the number of viewers. */
class LiveBoardSharingTest {

    final AtomicInteger reads = new AtomicInteger();
    final AtomicInteger failNextReads = new AtomicInteger();
    final LiveBoard board = new LiveBoard(this::read, Runnable::run, 5);

    BoardPage read() {
        if (failNextReads.getAndDecrement() > 0) {
            throw new IllegalStateException("database away");
        }
        return new BoardPage("global", reads.incrementAndGet(), 0, List.of());
    }

    AssertSubscriber<BoardPage> watch(long version) {
        return Multi.createFrom()
                .<BoardPage>emitter(viewer -> board.join(viewer, version))
                .subscribe()
                .withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
    }

    @Test
    void aHundredViewersCostOneReadPerChange() {
        List<AssertSubscriber<BoardPage>> viewers = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            viewers.add(watch(7));
        }
        assertThat(reads).as("the first viewer's read serves the 99 after it").hasValue(1);
        viewers.forEach(v -> assertThat(v.getItems()).hasSize(1));

        board.tick(7);
        assertThat(reads).as("no change, no read").hasValue(1);

        board.tick(8);
        assertThat(reads).as("one change, one read").hasValue(2);
        viewers.forEach(
                v -> assertThat(v.getItems()).extracting(BoardPage::entrants).containsExactly(1L, 2L));
    }

    @Test
    void anUnchangedBoardIsReadAgainAtTheRefreshInterval() {
        AssertSubscriber<BoardPage> viewer = watch(1);
        for (int i = 0; i < 4; i++) {
            board.tick(1);
        }
        assertThat(reads).hasValue(1);
        board.tick(1);
        assertThat(reads).as("another node may have changed it").hasValue(2);
        assertThat(viewer.getItems()).hasSize(2);
    }

    @Test
    void aFailedReadIsTriedAgainAndNoViewerFails() {
        AssertSubscriber<BoardPage> viewer = watch(1);
        failNextReads.set(1);
        board.tick(2);
        viewer.assertNotTerminated();
        assertThat(viewer.getItems()).hasSize(1);
        board.tick(2);
        assertThat(viewer.getItems()).hasSize(2);
    }
}
