package com.aftersales.api.penalty;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** P3: a MANAGER revokes an imposed penalty, with a reason; it stays on the register as revoked. */
public record RevokePenaltyCommand(
        @TargetAggregateIdentifier PenaltyId penaltyId, String reason) {
    public RevokePenaltyCommand {
        Objects.requireNonNull(penaltyId, "penaltyId");
    }
}
