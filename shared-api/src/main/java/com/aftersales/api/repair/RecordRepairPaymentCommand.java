package com.aftersales.api.repair;

import java.math.BigDecimal;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** R5: the customer paid the confirmed total. */
public record RecordRepairPaymentCommand(
        @TargetAggregateIdentifier RepairOrderId repairOrderId,
        BigDecimal amount,
        String reference,
        Instant paidAt,
        @TargetAggregateVersion Long expectedVersion) {}
