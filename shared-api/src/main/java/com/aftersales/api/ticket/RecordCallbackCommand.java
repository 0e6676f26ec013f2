package com.aftersales.api.ticket;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** T11: a callback (回访) after closing. */
public record RecordCallbackCommand(
        @TargetAggregateIdentifier TicketId ticketId,
        CallbackMethod method,
        String feedback,
        int satisfaction,
        boolean complaintRaised,
        String complaintSummary,
        @TargetAggregateVersion Long expectedVersion) {}
