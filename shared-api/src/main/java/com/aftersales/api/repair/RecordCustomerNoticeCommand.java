package com.aftersales.api.repair;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** R3: the customer was told cause, rule, plan, cost and the ready-by date. */
public record RecordCustomerNoticeCommand(
        @TargetAggregateIdentifier RepairOrderId repairOrderId,
        Instant notifiedAt,
        String channel,
        String plan,
        BigDecimal estimatedCost,
        LocalDate readyBy,
        @TargetAggregateVersion Long expectedVersion) {}
