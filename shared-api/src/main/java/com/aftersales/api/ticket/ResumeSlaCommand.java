package com.aftersales.api.ticket;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** T14: restart the paused clocks with the time they had left; {@code resumedAt} is the server's time. */
public record ResumeSlaCommand(
        @TargetAggregateIdentifier TicketId ticketId,
        String note,
        Instant resumedAt,
        @TargetAggregateVersion Long expectedVersion) {}
