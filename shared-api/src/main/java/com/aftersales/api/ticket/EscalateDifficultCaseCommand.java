package com.aftersales.api.ticket;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * T8: escalate an open difficult case one level up. The caller does not name the person: it is
 * the superior of the case's current responsible person in the organisation chart.
 */
public record EscalateDifficultCaseCommand(
        @TargetAggregateIdentifier TicketId ticketId,
        String reason,
        @TargetAggregateVersion Long expectedVersion) {}
