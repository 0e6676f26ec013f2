package com.aftersales.command.repair;

import com.aftersales.api.repair.RepairClock;
import com.aftersales.api.repair.RepairDiagnosedEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * R3, R6: a repair order's clocks with their current due times and the recorded times that stop
 * them: the first diagnosis stops the diagnosis clock, the notice of the current diagnosis its
 * notice clock, the order's closing (return, exchange, refund) every clock. State only; the order
 * decides and applies the events.
 */
final class RepairClocks {
    private final Map<RepairClock, Instant> dueAt = new EnumMap<>(RepairClock.class);
    private final Set<RepairDeadline> breaches = new HashSet<>();
    private Instant firstDiagnosedAt;
    private Instant notifiedAt;
    private LocalDate repairDueOn;
    private Instant closedAt;

    void start(RepairClock clock, Instant due) {
        dueAt.put(clock, due);
    }

    void diagnosed(RepairDiagnosedEvent event) {
        if (firstDiagnosedAt == null) {
            firstDiagnosedAt = event.diagnosedAt();
        }
        start(RepairClock.CUSTOMER_NOTICE, event.customerNoticeDueAt());
        notifiedAt = null;
        if (event.repairDueAt() != null) {
            start(RepairClock.REPAIR, event.repairDueAt());
            repairDueOn = event.repairDueOn();
        }
    }

    /** R3: a diagnosis waits for its customer notice. */
    boolean noticeDue() {
        return dueAt.containsKey(RepairClock.CUSTOMER_NOTICE) && notifiedAt == null;
    }

    void notified(Instant at) {
        notifiedAt = at;
    }

    boolean repairClockRuns() {
        return repairDueOn != null;
    }

    LocalDate repairDueOn() {
        return repairDueOn;
    }

    void closed(Instant at) {
        closedAt = at;
    }

    void breached(RepairClock clock, Instant due) {
        breaches.add(new RepairDeadline(clock, due));
    }

    /**
     * A deadline of {@code clock} at {@code due} is a breach when that is still the clock's due time
     * (a new diagnosis moves the notice's), the step that stops it was not recorded by then, the
     * order did not close by then, and it was not recorded already. Judged by recorded times: a
     * deadline may fire a little late.
     */
    boolean breachedAt(RepairClock clock, Instant due) {
        return due.equals(dueAt.get(clock))
                && notBy(stoppedAt(clock), due)
                && notBy(closedAt, due)
                && !breaches.contains(new RepairDeadline(clock, due));
    }

    private Instant stoppedAt(RepairClock clock) {
        return switch (clock) {
            case DIAGNOSIS -> firstDiagnosedAt;
            case CUSTOMER_NOTICE -> notifiedAt;
            case REPAIR -> closedAt;
        };
    }

    private static boolean notBy(Instant doneAt, Instant due) {
        return doneAt == null || doneAt.isAfter(due);
    }
}
