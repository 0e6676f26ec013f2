package com.aftersales.api.ticket;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** T5: the assigned logistics handler records how the delivery problem was resolved. */
public record RecordLogisticsResolutionCommand(
        @TargetAggregateIdentifier TicketId ticketId,
        LogisticsOutcome outcome,
        String note,
        @TargetAggregateVersion Long expectedVersion) {}
