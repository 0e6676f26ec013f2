package com.aftersales.api.ticket;

import com.aftersales.api.common.UserId;
import org.axonframework.serialization.Revision;

/**
 * T5: a logistics handler took a ticket routed to LOGISTICS, which is served without an engineer;
 * {@code previousHandlerId} is set on a reassignment, which keeps the case's resolution and
 * confirmation. The first one is the first response and stops the T3 response clock.
 */
@Revision("1")
public record LogisticsHandlerAssignedEvent(TicketId ticketId, UserId handlerId, UserId previousHandlerId) {}
