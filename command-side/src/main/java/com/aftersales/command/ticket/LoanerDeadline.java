package com.aftersales.command.ticket;

import java.time.Instant;

/** Payload of the T10 deadline: the unit is still not fixed this long after the engineer arrived. */
record LoanerDeadline(Instant arrivedAt, Instant dueAt) {
    static final String NAME = "loaner-due";
}
