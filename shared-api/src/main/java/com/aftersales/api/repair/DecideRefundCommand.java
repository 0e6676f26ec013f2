package com.aftersales.api.repair;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** R10: refund instead of repair, under the condition named (checked). */
public record DecideRefundCommand(
        @TargetAggregateIdentifier RepairOrderId repairOrderId,
        RefundCondition condition,
        String finding,
        boolean resellable,
        Instant decidedAt,
        @TargetAggregateVersion Long expectedVersion) {}
