package com.aftersales.api.penalty;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** P3: the penalised person appeals an imposed penalty, once, with a reason. */
public record AppealPenaltyCommand(
        @TargetAggregateIdentifier PenaltyId penaltyId, String reason) {
    public AppealPenaltyCommand {
        Objects.requireNonNull(penaltyId, "penaltyId");
    }
}
