package com.aftersales.api.review;

import com.aftersales.api.common.UserId;
import java.time.YearMonth;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * E2: engineer {@code engineerId} disputes one item of their review: the fact recorded by event
 * {@code factEventId} counted in {@code metric} of {@code dimension} in {@code month}, for {@code
 * reason}.
 */
public record DisputeReviewItemCommand(
        @TargetAggregateIdentifier ReviewDisputeId disputeId,
        UserId engineerId,
        ReviewDimension dimension,
        String metric,
        String factEventId,
        YearMonth month,
        String reason) {}
