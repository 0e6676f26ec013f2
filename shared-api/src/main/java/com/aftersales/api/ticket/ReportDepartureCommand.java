package com.aftersales.api.ticket;

import com.aftersales.api.common.UserId;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * T9: before leaving the site the engineer reports to the supervisor. {@code recordedAt} is the
 * server's time of entry: a departure may be entered late, never in advance.
 */
public record ReportDepartureCommand(
        @TargetAggregateIdentifier TicketId ticketId,
        UserId supervisorId,
        Instant departedAt,
        Instant recordedAt,
        String summary,
        @TargetAggregateVersion Long expectedVersion) {}
