package com.aftersales.api.complaint;

import com.aftersales.api.common.UserId;
import com.aftersales.api.quality.QualityReviewId;
import java.util.List;
import org.axonframework.serialization.Revision;

/**
 * C3: the supervisor found the complaint authentic and reasonable, for {@code reasons}, in {@code
 * category}. C5: a repeated-repair complaint links the repeat-repair reviews (R13) of its unit that
 * existed at acceptance ({@code linkedQualityReviews}, empty otherwise).
 */
@Revision("1")
public record ComplaintAcceptedEvent(
        ComplaintId complaintId,
        ComplaintCategory category,
        String reasons,
        List<QualityReviewId> linkedQualityReviews,
        UserId reviewedBy) {
    public ComplaintAcceptedEvent {
        linkedQualityReviews = List.copyOf(linkedQualityReviews);
    }
}
