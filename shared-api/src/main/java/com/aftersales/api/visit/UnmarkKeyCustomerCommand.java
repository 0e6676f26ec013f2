package com.aftersales.api.visit;

import com.aftersales.api.common.CustomerId;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** T11: {@code customerId} is no longer a key customer; its visit plan ends (nothing becomes overdue). */
public record UnmarkKeyCustomerCommand(
        @TargetAggregateIdentifier CustomerId customerId, String reason) {
    public UnmarkKeyCustomerCommand {
        Objects.requireNonNull(customerId, "customerId");
    }
}
