package com.aftersales.api.repair;

import java.math.BigDecimal;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** R9: exchange instead of repair, under the condition named (checked); purchasePrice for the depreciated value out of warranty. */
public record DecideExchangeCommand(
        @TargetAggregateIdentifier RepairOrderId repairOrderId,
        ExchangeCondition condition,
        String corePart,
        String finding,
        boolean unusedAndIntact,
        BigDecimal purchasePrice,
        Instant decidedAt,
        @TargetAggregateVersion Long expectedVersion) {}
