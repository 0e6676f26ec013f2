package com.aftersales.api.complaint;

import com.aftersales.api.common.UserId;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * C4: the customer heard back at {@code givenAt} by {@code method}; {@code onTime} when that was
 * before the end of {@code feedbackDueBy}.
 */
@Revision("1")
public record ComplaintFeedbackGivenEvent(
        ComplaintId complaintId,
        FeedbackMethod method,
        String customerResponse,
        boolean customerSatisfied,
        Instant givenAt,
        LocalDate feedbackDueBy,
        boolean onTime,
        UserId givenBy) {}
