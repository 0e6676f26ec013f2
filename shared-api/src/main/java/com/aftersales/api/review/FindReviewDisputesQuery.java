package com.aftersales.api.review;

import java.util.Objects;

/** E2: the disputes of review items in {@code status}. */
public record FindReviewDisputesQuery(ReviewDisputeStatus status) {
    public FindReviewDisputesQuery {
        Objects.requireNonNull(status, "status");
    }
}
