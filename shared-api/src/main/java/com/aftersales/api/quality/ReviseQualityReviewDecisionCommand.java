package com.aftersales.api.quality;

import com.aftersales.api.penalty.EvidenceRef;
import java.util.List;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * R13: a decided review is corrected by a revised decision, recorded next to the first (never
 * instead of it), with {@code revisionReason}. The same rules as a decision hold; a revision
 * proposes no penalty (a penalty already proposed is the MANAGER's to reject or revoke).
 */
public record ReviseQualityReviewDecisionCommand(
        @TargetAggregateIdentifier QualityReviewId reviewId,
        QualityCause cause,
        String reasons,
        List<EvidenceRef> evidence,
        ProductFeedback feedback,
        String revisionReason) {
    public ReviseQualityReviewDecisionCommand {
        Objects.requireNonNull(reviewId, "reviewId");
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
