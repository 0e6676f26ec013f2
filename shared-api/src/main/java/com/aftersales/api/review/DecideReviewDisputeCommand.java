package com.aftersales.api.review;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** E2, S2: a supervisor (never the engineer concerned) decides a disputed review item. */
public record DecideReviewDisputeCommand(
        @TargetAggregateIdentifier ReviewDisputeId disputeId,
        DisputeDecision decision,
        String reason,
        @TargetAggregateVersion Long expectedVersion) {}
