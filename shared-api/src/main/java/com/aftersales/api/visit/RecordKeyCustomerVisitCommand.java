package com.aftersales.api.visit;

import com.aftersales.api.common.CustomerId;
import com.aftersales.api.common.UserId;
import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * T11: {@code visitedBy} visited the key customer on {@code visitedOn} (a company-zone date).
 * {@code visitId} names the visit (a second record of it is refused); {@code recordedOn} is today's
 * company-zone date, given by the sender: a visit after it is refused.
 */
public record RecordKeyCustomerVisitCommand(
        @TargetAggregateIdentifier CustomerId customerId,
        String visitId,
        LocalDate visitedOn,
        UserId visitedBy,
        String summary,
        LocalDate recordedOn) {
    public RecordKeyCustomerVisitCommand {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(visitId, "visitId");
        Objects.requireNonNull(visitedOn, "visitedOn");
        Objects.requireNonNull(visitedBy, "visitedBy");
        Objects.requireNonNull(recordedOn, "recordedOn");
    }
}
