package com.aftersales.api.ticket;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** M1: record the installation-guidance fee of an INSTALLATION ticket ({@code feeId} unique on the ticket). */
public record RecordInstallationGuidanceFeeCommand(
        @TargetAggregateIdentifier TicketId ticketId,
        String feeId,
        BigDecimal amount,
        LocalDate incurredOn,
        @TargetAggregateVersion Long expectedVersion) {}
