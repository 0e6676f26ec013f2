package com.aftersales.api.review;

import com.aftersales.api.common.UserId;
import java.time.YearMonth;
import org.axonframework.serialization.Revision;

/**
 * E2: {@code engineerId} disputed the item of {@code metric} ({@code dimension}, {@code month})
 * that event {@code factEventId} recorded, for {@code reason}. The item keeps counting until a
 * supervisor decides.
 */
@Revision("1")
public record ReviewItemDisputedEvent(
        ReviewDisputeId disputeId,
        UserId engineerId,
        ReviewDimension dimension,
        String metric,
        String factEventId,
        YearMonth month,
        String reason) {}
