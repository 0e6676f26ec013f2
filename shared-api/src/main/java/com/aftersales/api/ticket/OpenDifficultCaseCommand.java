package com.aftersales.api.ticket;

import com.aftersales.api.common.UserId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** T8: open a difficult-case file (疑难案件) with a responsible person and a summary of the history so far. */
public record OpenDifficultCaseCommand(
        @TargetAggregateIdentifier TicketId ticketId,
        UserId responsiblePerson,
        String historySummary,
        @TargetAggregateVersion Long expectedVersion) {}
