package com.aftersales.api.ticket;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** T3: record the service plan; stops the plan SLA clock. */
public record RecordServicePlanCommand(
        @TargetAggregateIdentifier TicketId ticketId,
        String plan,
        @TargetAggregateVersion Long expectedVersion) {}
