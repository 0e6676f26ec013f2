package com.aftersales.api.ticket;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** T6: the ticket moved to another service mode. */
@Revision("1")
public record ServiceModeChangedEvent(
        TicketId ticketId, ServiceMode fromMode, ServiceMode toMode, Instant appointmentAt, String reason) {}
