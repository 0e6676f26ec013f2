package com.aftersales.query.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** M3: the position a report is computed at is below every event the statistics have not handled yet. */
class StatisticsPositionTest {

    @Test
    @DisplayName("M3: without gaps the token's index, with gaps one below the lowest gap, -1 before the first event")
    void M3_positionBelowTheLowestGap() {
        assertThat(StatisticsPosition.of(GapAwareTrackingToken.newInstance(10, List.of())))
                .isEqualTo(10);
        assertThat(StatisticsPosition.of(GapAwareTrackingToken.newInstance(10, List.of(9L, 7L))))
                .isEqualTo(6);
        assertThat(StatisticsPosition.of(null)).isEqualTo(-1);
        assertThat(StatisticsPosition.of(new GlobalSequenceTrackingToken(4))).isEqualTo(4);
    }

    @Test
    @DisplayName("M3: during a rebuild the position is where the replay has got to")
    void M3_replayPosition() {
        ReplayToken replay = (ReplayToken) ReplayToken.createReplayToken(
                GapAwareTrackingToken.newInstance(20, List.of()), GapAwareTrackingToken.newInstance(5, List.of()));
        assertThat(StatisticsPosition.of(replay)).isEqualTo(5);
        ReplayToken fromStart =
                (ReplayToken) ReplayToken.createReplayToken(GapAwareTrackingToken.newInstance(20, List.of()), null);
        assertThat(StatisticsPosition.of(fromStart)).isEqualTo(-1);
    }
}
