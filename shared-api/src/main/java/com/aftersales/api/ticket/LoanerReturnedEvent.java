package com.aftersales.api.ticket;

import org.axonframework.serialization.Revision;

/** T10: the loaner came back. */
@Revision("1")
public record LoanerReturnedEvent(TicketId ticketId, String loanerSerialNumber, String note) {}
