package com.aftersales.command.ticket;

import com.aftersales.api.ticket.SlaClock;
import com.aftersales.api.ticket.SlaPausedEvent;
import com.aftersales.api.ticket.SlaResumedEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * T3, T13, T14: the clocks a ticket starts at registration (response, plan, on site, fix), each
 * with its current due time and the time it was stopped, and the hold they may be put on. State
 * only; the ticket decides and applies the events.
 */
final class SlaClocks {
    private final Map<SlaClock, Instant> dueAt = new EnumMap<>(SlaClock.class);
    private final Map<SlaClock, Instant> stoppedAt = new EnumMap<>(SlaClock.class);
    private Instant closedAt;
    private Instant pausedAt;
    private Map<SlaClock, Duration> onHold = Map.of();

    void start(SlaClock clock, Instant due) {
        if (due != null) {
            dueAt.put(clock, due);
        }
    }

    /** The first stop counts: a later engagement's arrival does not move an earlier one. */
    void stop(SlaClock clock, Instant at) {
        stoppedAt.putIfAbsent(clock, at);
    }

    void close(Instant at) {
        closedAt = at;
    }

    boolean onHold() {
        return pausedAt != null;
    }

    Instant pausedAt() {
        return pausedAt;
    }

    /**
     * What each clock still running at {@code at} has left, counted by {@code time}. A clock already
     * due by then is left out: its breach stands.
     */
    Map<SlaClock, Duration> timeLeftAt(Instant at, SlaTime time) {
        Map<SlaClock, Duration> left = new EnumMap<>(SlaClock.class);
        dueAt.forEach((clock, due) -> {
            if (!stoppedAt.containsKey(clock) && due.isAfter(at)) {
                left.put(clock, time.between(at, due));
            }
        });
        return left;
    }

    /** The moved due time of each clock on hold that nothing has stopped meanwhile. */
    Map<SlaClock, Instant> dueAfterResumingAt(Instant at, SlaTime time) {
        Map<SlaClock, Instant> moved = new EnumMap<>(SlaClock.class);
        onHold.forEach((clock, left) -> {
            if (!stoppedAt.containsKey(clock)) {
                moved.put(clock, time.plus(at, left));
            }
        });
        return moved;
    }

    /**
     * A deadline for {@code clock} at {@code due} is a breach when that is still the clock's due
     * time (a resume has not moved it), the clock is not on hold, and neither its stop nor the
     * closing came by then. Judged by recorded times: a deadline may fire a little late.
     */
    boolean breachedAt(SlaClock clock, Instant due) {
        return due.equals(dueAt.get(clock))
                && !onHold.containsKey(clock)
                && notBy(stoppedAt.get(clock), due)
                && notBy(closedAt, due);
    }

    private static boolean notBy(Instant doneAt, Instant due) {
        return doneAt == null || doneAt.isAfter(due);
    }

    void paused(SlaPausedEvent event) {
        pausedAt = event.pausedAt();
        onHold = Map.copyOf(event.timeLeft());
    }

    void resumed(SlaResumedEvent event) {
        dueAt.putAll(event.dueAt());
        pausedAt = null;
        onHold = Map.of();
    }
}
