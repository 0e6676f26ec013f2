package com.aftersales.api.ticket;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * T6: the ticket moved to another service mode, with the same engineer. Like a reassignment it
 * starts a new engagement: the new mode needs its own arrival or unit receipt, report, departure
 * and confirmation.
 */
@Revision("1")
public record ServiceModeChangedEvent(
        TicketId ticketId, ServiceMode fromMode, ServiceMode toMode, Instant appointmentAt, String reason) {}
