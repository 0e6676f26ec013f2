package com.aftersales.api.repair;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** R5: the customer accepts the quote. */
public record ConfirmQuoteCommand(
        @TargetAggregateIdentifier RepairOrderId repairOrderId,
        Instant confirmedAt,
        String channel,
        @TargetAggregateVersion Long expectedVersion) {}
