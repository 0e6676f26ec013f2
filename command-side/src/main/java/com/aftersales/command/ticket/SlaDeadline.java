package com.aftersales.command.ticket;

import com.aftersales.api.ticket.SlaClock;
import java.time.Instant;

/**
 * Payload of a scheduled SLA deadline (T3, T13); stored by the deadline manager until it fires. A
 * resume after a hold (T14) schedules a new one at the moved due time; the old one, when it fires,
 * finds that the clock's due time is no longer its own.
 */
record SlaDeadline(SlaClock clock, Instant dueAt) {
    static final String RESPONSE = "sla-response";
    static final String PLAN = "sla-plan";
    static final String ON_SITE = "sla-on-site";
    static final String FIX = "sla-fix";

    String name() {
        return switch (clock) {
            case RESPONSE -> RESPONSE;
            case PLAN -> PLAN;
            case ON_SITE -> ON_SITE;
            case FIX -> FIX;
            case INSTALLATION -> throw new IllegalStateException("the installation deadline has its own payload");
        };
    }
}
