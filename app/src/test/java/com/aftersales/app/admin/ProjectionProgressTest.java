package com.aftersales.app.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.aftersales.app.admin.ProjectionsPage.Progress;
import org.junit.jupiter.api.Test;

/** When the page's progress stops polling: only once nothing is left to wait for. */
class ProjectionProgressTest {

    @Test
    void aReplayIsNotDoneAndCountsItsShareOfTheHead() {
        Progress replaying = Progress.of(new Projections.Status("ticket-board", true, true, false, 249, 999));

        assertThat(replaying.done()).isFalse();
        assertThat(replaying.state()).isEqualTo("REPLAYING");
        assertThat(replaying.percent()).isEqualTo(25);
        assertThat(replaying.behind()).isEqualTo(750);
    }

    @Test
    void aReplayThatHasReachedAnIdleHeadIsCaughtUpThoughAxonStillCallsItAReplay() {
        Progress atHead = Progress.of(new Projections.Status("ticket-board", true, true, true, 999, 999));

        assertThat(atHead.done()).isTrue();
        assertThat(atHead.state()).isEqualTo("CAUGHT_UP");
        assertThat(atHead.percent()).isEqualTo(100);
    }

    @Test
    void justAfterAResetWithNoSegmentClaimedYetItIsStillBehind() {
        Progress starting = Progress.of(new Projections.Status("ticket-board", true, false, false, -1, 999));

        assertThat(starting.done()).isFalse();
        assertThat(starting.state()).isEqualTo("CATCHING_UP");
        assertThat(starting.percent()).isZero();
    }

    @Test
    void caughtUpAtTheHeadIsDoneAndAStoppedProcessorStopsThePollingToo() {
        Progress caughtUp = Progress.of(new Projections.Status("ticket-board", true, false, true, 999, 999));
        Progress stopped = Progress.of(new Projections.Status("ticket-board", false, false, false, 10, 999));
        Progress emptyStore = Progress.of(new Projections.Status("ticket-board", true, false, true, -1, -1));

        assertThat(caughtUp.done()).isTrue();
        assertThat(caughtUp.percent()).isEqualTo(100);
        assertThat(caughtUp.state()).isEqualTo("CAUGHT_UP");
        assertThat(stopped.done()).isTrue();
        assertThat(stopped.state()).isEqualTo("STOPPED");
        assertThat(emptyStore.done()).isTrue();
    }
}
