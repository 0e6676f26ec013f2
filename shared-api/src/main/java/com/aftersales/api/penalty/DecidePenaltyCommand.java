package com.aftersales.api.penalty;

import java.math.BigDecimal;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * P1: a MANAGER decides a proposed penalty: {@code impose} with {@code kind} (a FINE with {@code
 * fineAmount} in CNY, more than zero), or reject it; {@code reason} either way. S2: not about
 * themselves, and not their own proposal.
 */
public record DecidePenaltyCommand(
        @TargetAggregateIdentifier PenaltyId penaltyId,
        boolean impose,
        PenaltyKind kind,
        BigDecimal fineAmount,
        String reason) {
    public DecidePenaltyCommand {
        Objects.requireNonNull(penaltyId, "penaltyId");
    }
}
