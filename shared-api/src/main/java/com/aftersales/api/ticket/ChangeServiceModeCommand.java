package com.aftersales.api.ticket;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** T6: transfer a ticket to another service mode (remote → on site or repair, on site → repair). */
public record ChangeServiceModeCommand(
        @TargetAggregateIdentifier TicketId ticketId,
        ServiceMode newMode,
        Instant appointmentAt,
        String reason,
        @TargetAggregateVersion Long expectedVersion) {}
