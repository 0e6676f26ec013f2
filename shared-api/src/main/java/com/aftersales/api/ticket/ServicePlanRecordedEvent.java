package com.aftersales.api.ticket;

import org.axonframework.serialization.Revision;

/** T3: a service plan was recorded; the first one stops the plan SLA clock. */
@Revision("1")
public record ServicePlanRecordedEvent(TicketId ticketId, String plan) {}
