package com.aftersales.api.quality;

import java.util.Objects;

/** R13: one review with its decision. Answered with a {@link QualityReviewView} or null. */
public record FindQualityReviewQuery(QualityReviewId reviewId) {
    public FindQualityReviewQuery {
        Objects.requireNonNull(reviewId, "reviewId");
    }
}
