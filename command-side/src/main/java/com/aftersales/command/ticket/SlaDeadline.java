package com.aftersales.command.ticket;

import com.aftersales.api.ticket.SlaClock;
import java.time.Instant;

/** Payload of a scheduled SLA deadline (T3); stored by the deadline manager until it fires. */
record SlaDeadline(SlaClock clock, Instant dueAt) {
    static final String RESPONSE = "sla-response";
    static final String PLAN = "sla-plan";
}
