package com.aftersales.api.ticket;

import org.axonframework.serialization.Revision;

/** T9: the ticket closed after confirmation and report. */
@Revision("1")
public record ServiceTicketClosedEvent(TicketId ticketId, String closingNote) {}
