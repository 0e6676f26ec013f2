package com.aftersales.api.ticket;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** T3: an SLA clock passed its due time before it was stopped; recorded when it happens. */
@Revision("1")
public record SlaBreachedEvent(TicketId ticketId, SlaClock clock, Instant dueAt) {}
