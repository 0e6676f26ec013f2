package com.aftersales.api.ticket;

import java.time.Instant;

/**
 * What registration answers: the number and the SLA due times the customer can be told, and the
 * service contract that set them (null under the urgency defaults of T3).
 */
public record RegisterServiceTicketResult(
        TicketId ticketId,
        String ticketNumber,
        Instant responseDueAt,
        Instant planDueAt,
        Instant onSiteDueAt,
        Instant fixDueAt,
        String contractNumber) {}
