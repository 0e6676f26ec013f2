package com.aftersales.api.quality;

import com.aftersales.api.penalty.EvidenceRef;
import java.util.List;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * R13: QUALITY decides the cause of the repeat, with {@code reasons} and the {@code evidence} that
 * shows it (both orders at least); a PRODUCT cause with its {@code feedback}; an ENGINEER cause may
 * carry a {@code penaltyProposal}. S2: not by the engineer of either repair.
 */
public record DecideQualityReviewCommand(
        @TargetAggregateIdentifier QualityReviewId reviewId,
        QualityCause cause,
        String reasons,
        List<EvidenceRef> evidence,
        ProductFeedback feedback,
        PenaltyProposal penaltyProposal) {
    public DecideQualityReviewCommand {
        Objects.requireNonNull(reviewId, "reviewId");
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
