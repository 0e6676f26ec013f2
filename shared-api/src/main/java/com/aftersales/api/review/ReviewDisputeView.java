package com.aftersales.api.review;

import java.time.Instant;
import java.time.YearMonth;

/**
 * E2: one disputed review item with who disputed it in which role and when, and the decision
 * ({@code decision} null while open) with who decided it in which role and when.
 */
public record ReviewDisputeView(
        String disputeId,
        String engineerId,
        ReviewDimension dimension,
        String metric,
        String factEventId,
        YearMonth month,
        String reason,
        String disputedBy,
        String disputedRole,
        Instant disputedAt,
        DisputeDecision decision,
        String decisionReason,
        String decidedBy,
        String decidedRole,
        Instant decidedAt) {

    public boolean open() {
        return decision == null;
    }
}
