package com.aftersales.api.ticket;

import com.aftersales.api.common.UserId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** T6: the engineer arrived on site; {@code onTime} compares with the agreed appointment. */
@Revision("1")
public record EngineerArrivedEvent(
        TicketId ticketId, UserId engineerId, Instant arrivedAt, Instant appointmentAt, boolean onTime) {}
