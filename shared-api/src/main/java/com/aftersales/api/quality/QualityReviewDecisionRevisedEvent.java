package com.aftersales.api.quality;

import com.aftersales.api.common.UserId;
import com.aftersales.api.penalty.EvidenceRef;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * R13: the decision of the review was corrected ({@code revision} 1, 2, … after the first
 * decision) by {@code revisedBy} for {@code revisionReason}; from now on {@code cause} holds, and
 * {@code countsAgainst} as for a decision. The earlier decision stays recorded.
 */
@Revision("1")
public record QualityReviewDecisionRevisedEvent(
        QualityReviewId reviewId,
        int revision,
        QualityCause previousCause,
        QualityCause cause,
        String reasons,
        List<EvidenceRef> evidence,
        ProductFeedback feedback,
        UserId countsAgainst,
        String revisionReason,
        UserId revisedBy) {
    public QualityReviewDecisionRevisedEvent {
        evidence = List.copyOf(evidence);
    }
}
