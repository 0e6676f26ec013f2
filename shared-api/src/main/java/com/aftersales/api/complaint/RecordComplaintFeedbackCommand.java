package com.aftersales.api.complaint;

import java.time.Instant;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * C4: the customer heard back, at {@code givenAt} (the clock's), by {@code method}; what they
 * answered and whether they were satisfied. On time when before the end of the due day.
 */
public record RecordComplaintFeedbackCommand(
        @TargetAggregateIdentifier ComplaintId complaintId,
        FeedbackMethod method,
        String customerResponse,
        boolean customerSatisfied,
        Instant givenAt) {
    public RecordComplaintFeedbackCommand {
        Objects.requireNonNull(complaintId, "complaintId");
    }
}
