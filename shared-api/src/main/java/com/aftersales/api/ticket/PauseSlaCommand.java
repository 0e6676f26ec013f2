package com.aftersales.api.ticket;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * T14: put the ticket's SLA clocks on hold. {@code pausedAt} is the server's time of the request,
 * never the caller's: a pause cannot be entered after the fact.
 */
public record PauseSlaCommand(
        @TargetAggregateIdentifier TicketId ticketId,
        SlaPauseReason reason,
        String note,
        Instant pausedAt,
        @TargetAggregateVersion Long expectedVersion) {}
