package com.aftersales.api.penalty;

import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** P3: a MANAGER decides the pending appeal: UPHELD revokes the penalty, DISMISSED lets it stand. */
public record DecidePenaltyAppealCommand(
        @TargetAggregateIdentifier PenaltyId penaltyId, AppealOutcome outcome, String reason) {
    public DecidePenaltyAppealCommand {
        Objects.requireNonNull(penaltyId, "penaltyId");
    }
}
