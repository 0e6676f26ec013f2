package com.aftersales.api.ticket;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** T12: classify a software request as BUG, REQUIREMENT (with its evaluation) or OTHER. */
public record ClassifySoftwareRequestCommand(
        @TargetAggregateIdentifier TicketId ticketId,
        SoftwareRequestClass requestClass,
        int priority,
        RequirementEvaluation evaluation,
        @TargetAggregateVersion Long expectedVersion) {}
