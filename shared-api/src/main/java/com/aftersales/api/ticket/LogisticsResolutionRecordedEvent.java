package com.aftersales.api.ticket;

import com.aftersales.api.common.UserId;
import org.axonframework.serialization.Revision;

/**
 * T5/T9: a logistics ticket's resolution. On a logistics ticket it takes the place of the
 * engineer's service report: the customer confirms it, and the ticket closes with both.
 */
@Revision("1")
public record LogisticsResolutionRecordedEvent(
        TicketId ticketId, UserId handlerId, LogisticsOutcome outcome, String note) {}
