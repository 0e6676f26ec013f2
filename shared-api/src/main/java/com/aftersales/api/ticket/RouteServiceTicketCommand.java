package com.aftersales.api.ticket;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** T5: route (or re-route) a ticket to the department that owns the problem. */
public record RouteServiceTicketCommand(
        @TargetAggregateIdentifier TicketId ticketId,
        Department department,
        String reason,
        @TargetAggregateVersion Long expectedVersion) {}
