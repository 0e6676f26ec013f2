package com.aftersales.api.ticket;

import java.time.Instant;

/** What registration answers: the number and the SLA due times the customer can be told. */
public record RegisterServiceTicketResult(
        TicketId ticketId, String ticketNumber, Instant responseDueAt, Instant planDueAt) {}
