package com.aftersales.api.ticket;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** T10: the loaner came back once the repair was done. */
public record ReturnLoanerCommand(
        @TargetAggregateIdentifier TicketId ticketId,
        String note,
        @TargetAggregateVersion Long expectedVersion) {}
