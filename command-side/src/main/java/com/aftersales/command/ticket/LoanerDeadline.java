package com.aftersales.command.ticket;

import com.aftersales.api.ticket.LoanerClockStart;
import java.time.Instant;

/**
 * Payload of the T10 deadline: the unit is still not fixed this long after the loaner clock
 * started. When it fires, only {@code dueAt} is read: how the clock started comes from the
 * ticket's own events, so deadlines stored before the clock could start at a unit receipt (whose
 * payload was {@code arrivedAt, dueAt}) still fire correctly.
 */
record LoanerDeadline(Instant clockStartedAt, LoanerClockStart startedBy, Instant dueAt) {
    static final String NAME = "loaner-due";
}
