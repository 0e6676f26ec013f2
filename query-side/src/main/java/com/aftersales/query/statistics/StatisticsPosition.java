package com.aftersales.query.statistics;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;

/**
 * The position up to which a processor has handled every event: with no gap below it, the index of
 * its token; with gaps (events of transactions not yet committed when it passed), the last index
 * below the lowest gap. -1 before the first event.
 */
public final class StatisticsPosition {
    private StatisticsPosition() {}

    public static long of(TrackingToken token) {
        TrackingToken current = token instanceof ReplayToken replay ? replay.getCurrentToken() : token;
        if (current == null) {
            return -1L;
        }
        if (current instanceof GapAwareTrackingToken gapAware) {
            return gapAware.getGaps().isEmpty()
                    ? gapAware.getIndex()
                    : gapAware.getGaps().first() - 1;
        }
        return current.position().orElse(-1L);
    }

    /** The highest index the processor has handled, gaps or not; -1 before the first event. */
    public static long processed(TrackingToken token) {
        TrackingToken current = token instanceof ReplayToken replay ? replay.getCurrentToken() : token;
        return current == null ? -1L : current.position().orElse(-1L);
    }
}
