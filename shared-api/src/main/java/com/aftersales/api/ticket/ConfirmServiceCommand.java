package com.aftersales.api.ticket;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** T9: the customer confirmed the service (客户确认). */
public record ConfirmServiceCommand(
        @TargetAggregateIdentifier TicketId ticketId,
        String confirmationChannel,
        @TargetAggregateVersion Long expectedVersion) {}
