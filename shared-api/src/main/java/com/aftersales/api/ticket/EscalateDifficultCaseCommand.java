package com.aftersales.api.ticket;

import com.aftersales.api.common.UserId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** T8: escalate an open difficult case one level up. */
public record EscalateDifficultCaseCommand(
        @TargetAggregateIdentifier TicketId ticketId,
        UserId escalateTo,
        String reason,
        @TargetAggregateVersion Long expectedVersion) {}
