package com.aftersales.api.ticket;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * T6/T10: the customer's unit reached the workshop (REPAIR mode). {@code recordedAt} is the
 * server's time of entry: a receipt may be entered late, never in advance.
 */
public record RecordUnitReceiptCommand(
        @TargetAggregateIdentifier TicketId ticketId,
        Instant receivedAt,
        Instant recordedAt,
        @TargetAggregateVersion Long expectedVersion) {}
