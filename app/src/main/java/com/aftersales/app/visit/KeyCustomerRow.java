package com.aftersales.app.visit;

import com.aftersales.api.visit.KeyCustomerVisitView;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A key customer on the visit plan's page (T11): its name, and how its next visit stands on the
 * company's today, in words as well as colour. Overdue once the due day is over; "due soon" within
 * {@link #DUE_SOON_DAYS} days, so the desk plans the visit before it is late.
 */
public record KeyCustomerRow(KeyCustomerVisitView plan, String customerName, State state, long daysLeft) {
    static final int DUE_SOON_DAYS = 30;

    public enum State {
        OVERDUE,
        DUE_SOON,
        ON_SCHEDULE
    }

    static KeyCustomerRow of(KeyCustomerVisitView plan, String customerName, LocalDate today) {
        long daysLeft = ChronoUnit.DAYS.between(today, plan.nextDueBy());
        // The overdue event follows a deadline's poll; a due day already over is overdue on the page too.
        State state = plan.overdue() || daysLeft < 0
                ? State.OVERDUE
                : daysLeft <= DUE_SOON_DAYS ? State.DUE_SOON : State.ON_SCHEDULE;
        return new KeyCustomerRow(plan, customerName, state, daysLeft);
    }

    /** Days since the due day, for an overdue visit. */
    public long daysOverdue() {
        return Math.max(0, -daysLeft);
    }
}
