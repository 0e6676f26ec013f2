package com.aftersales.api.ticket;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** T6: the engineer arrived at the customer's site for an on-site visit. */
public record RecordArrivalCommand(
        @TargetAggregateIdentifier TicketId ticketId,
        Instant arrivedAt,
        @TargetAggregateVersion Long expectedVersion) {}
