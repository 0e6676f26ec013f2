package com.aftersales.api.quality;

import com.aftersales.api.penalty.EvidenceRef;
import com.aftersales.api.repair.RepeatMatch;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * R13: a review as the queue and its page show it: the repeat's facts, and the latest decision
 * (null fields while open) with who made it, in which role, when; {@code revision} 0 for the first
 * decision.
 */
public record QualityReviewView(
        String reviewId,
        String serialNumber,
        String laterRepairOrderId,
        String earlierRepairOrderId,
        String earlierEngineerId,
        String laterEngineerId,
        RepeatMatch matchedOn,
        String faultCategory,
        List<String> sameParts,
        LocalDate earlierCompletedOn,
        LocalDate diagnosedOn,
        int daysAfterEarlierRepair,
        int windowDays,
        int policyVersion,
        Instant openedAt,
        ReviewStatus status,
        QualityCause cause,
        String reasons,
        List<EvidenceRef> evidence,
        List<String> feedbackRecipients,
        String feedbackNotes,
        String countsAgainst,
        String penaltyId,
        String decidedBy,
        String decidedRole,
        Instant decidedAt,
        int revision) {
    public QualityReviewView {
        sameParts = List.copyOf(sameParts);
        evidence = List.copyOf(evidence);
        feedbackRecipients = List.copyOf(feedbackRecipients);
    }
}
