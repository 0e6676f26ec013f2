package com.aftersales.api.ticket;

import org.axonframework.serialization.Revision;

/** T9: the customer confirmed the service (客户确认). */
@Revision("1")
public record CustomerConfirmedServiceEvent(TicketId ticketId, String confirmationChannel) {}
