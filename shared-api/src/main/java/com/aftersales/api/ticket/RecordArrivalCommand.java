package com.aftersales.api.ticket;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * T6: the engineer arrived at the customer's site. {@code recordedAt} is the server's time of
 * entry: an arrival may be entered late, never in advance.
 */
public record RecordArrivalCommand(
        @TargetAggregateIdentifier TicketId ticketId,
        Instant arrivedAt,
        Instant recordedAt,
        @TargetAggregateVersion Long expectedVersion) {}
