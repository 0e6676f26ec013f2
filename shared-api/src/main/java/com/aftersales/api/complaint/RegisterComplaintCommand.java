package com.aftersales.api.complaint;

import com.aftersales.api.common.CustomerId;
import java.time.Instant;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * C1, C2: register a complaint form: the customer (by id; names and phones stay out of events),
 * the channel, what it concerns, its content and the time it is registered at (the clock's, never
 * the caller's; for a complaint from a callback, the callback's time). {@code category} may wait for
 * the review. {@code callback} is set exactly when the channel is CALLBACK (T11). Registering a
 * complaint that exists changes nothing (a redelivered callback).
 */
public record RegisterComplaintCommand(
        @TargetAggregateIdentifier ComplaintId complaintId,
        ComplaintChannel channel,
        CustomerId customerId,
        ComplaintConcern concern,
        ComplaintCategory category,
        String content,
        Instant registeredAt,
        CallbackRef callback) {
    public RegisterComplaintCommand {
        Objects.requireNonNull(complaintId, "complaintId");
    }
}
