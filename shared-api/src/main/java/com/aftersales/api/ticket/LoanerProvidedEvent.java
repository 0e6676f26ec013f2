package com.aftersales.api.ticket;

import org.axonframework.serialization.Revision;

/** T10: a loaner unit of the same class was handed over, free of charge. */
@Revision("1")
public record LoanerProvidedEvent(TicketId ticketId, String loanerSerialNumber, String unitClass) {}
