package com.aftersales.api.ticket;

import org.axonframework.serialization.Revision;

/** T11: a callback (回访); {@code complaintRaised} marks a new complaint it revealed (C1). */
@Revision("1")
public record CallbackRecordedEvent(
        TicketId ticketId,
        CallbackMethod method,
        String feedback,
        int satisfaction,
        boolean complaintRaised,
        String complaintSummary) {}
