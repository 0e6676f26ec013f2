package com.aftersales.api.quality;

import com.aftersales.api.common.UserId;
import com.aftersales.api.penalty.EvidenceRef;
import com.aftersales.api.penalty.PenaltyId;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * R13: {@code decidedBy} (QUALITY) found {@code cause}, for {@code reasons}, citing {@code
 * evidence}. {@code countsAgainst} is the engineer of the earlier repair for an ENGINEER cause, else
 * null; {@code feedback} only for PRODUCT; {@code proposedPenaltyId} when the decision proposed a
 * penalty (its PenaltyProposedEvent follows in the same transaction).
 */
@Revision("1")
public record QualityReviewDecidedEvent(
        QualityReviewId reviewId,
        QualityCause cause,
        String reasons,
        List<EvidenceRef> evidence,
        ProductFeedback feedback,
        UserId countsAgainst,
        UserId decidedBy,
        PenaltyId proposedPenaltyId) {
    public QualityReviewDecidedEvent {
        evidence = List.copyOf(evidence);
    }
}
