package com.aftersales.api.ticket;

import com.aftersales.api.common.UserId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** T5: name the person in logistics who handles a ticket routed there; a later one reassigns. */
public record AssignLogisticsHandlerCommand(
        @TargetAggregateIdentifier TicketId ticketId,
        UserId handlerId,
        @TargetAggregateVersion Long expectedVersion) {}
