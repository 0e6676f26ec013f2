package com.aftersales.api.complaint;

import com.aftersales.api.ticket.TicketId;
import java.util.Objects;

/**
 * T11 → C1: the callback that revealed a complaint: the ticket, the callback event's sequence number
 * in the ticket's stream and its event identifier, so the evidence walks straight to the fact.
 */
public record CallbackRef(TicketId ticketId, long sequenceNumber, String eventId) {
    public CallbackRef {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(eventId, "eventId");
    }
}
