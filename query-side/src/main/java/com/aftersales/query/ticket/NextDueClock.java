package com.aftersales.query.ticket;

import com.aftersales.api.ticket.SlaClock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;

/**
 * One SLA clock of a board row (T3, T13): due at {@code dueAt}, stopped at {@code stoppedAt}. The
 * board counts down to the running clock due first; a clock that ran out keeps counting as running
 * until it is stopped, so an overdue ticket shows by how much.
 */
record NextDueClock(SlaClock clock, Instant dueAt, Instant stoppedAt) {
    boolean running() {
        return dueAt != null && stoppedAt == null;
    }

    /** The running clock due first, or null when none runs. */
    static NextDueClock first(NextDueClock... clocks) {
        return Arrays.stream(clocks)
                .filter(Objects::nonNull)
                .filter(NextDueClock::running)
                .min(Comparator.comparing(NextDueClock::dueAt))
                .orElse(null);
    }
}
