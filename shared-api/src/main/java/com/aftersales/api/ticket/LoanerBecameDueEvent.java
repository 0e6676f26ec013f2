package com.aftersales.api.ticket;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** T10: an URGENT ticket under a service contract was not fixed within the allowed hours of arrival. */
@Revision("1")
public record LoanerBecameDueEvent(TicketId ticketId, Instant arrivedAt, Instant dueAt) {}
