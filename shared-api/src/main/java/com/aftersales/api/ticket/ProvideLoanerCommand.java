package com.aftersales.api.ticket;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** T10: hand the customer a loaner unit of the same class, free of charge. */
public record ProvideLoanerCommand(
        @TargetAggregateIdentifier TicketId ticketId,
        String loanerSerialNumber,
        String unitClass,
        @TargetAggregateVersion Long expectedVersion) {}
