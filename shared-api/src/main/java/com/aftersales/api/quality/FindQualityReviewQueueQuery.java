package com.aftersales.api.quality;

/**
 * R13: the review queue, open reviews first, oldest first; {@code status} null: all, else only
 * those. Answered with a list of {@link QualityReviewView}.
 */
public record FindQualityReviewQueueQuery(ReviewStatus status) {}
