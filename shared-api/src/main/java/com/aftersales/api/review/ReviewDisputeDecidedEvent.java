package com.aftersales.api.review;

import com.aftersales.api.common.UserId;
import org.axonframework.serialization.Revision;

/**
 * E2: {@code decidedBy} decided the dispute of {@code engineerId}'s item ({@code metric}, event
 * {@code factEventId}): it stands, or it no longer counts. The dispute and the original item stay
 * visible.
 */
@Revision("1")
public record ReviewDisputeDecidedEvent(
        ReviewDisputeId disputeId,
        UserId engineerId,
        String metric,
        String factEventId,
        DisputeDecision decision,
        String reason,
        UserId decidedBy) {}
