package com.aftersales.api.visit;

import com.aftersales.api.common.CustomerId;
import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * T11: {@code customerId} becomes a key customer whose product was delivered on {@code deliveredOn}
 * (a company-zone date); the first visit is due within six months of it. {@code recordedOn} is
 * today's date in the company zone, given by whoever sends the command (the aggregate reads no
 * clock): a delivery after it is refused.
 */
public record MarkKeyCustomerCommand(
        @TargetAggregateIdentifier CustomerId customerId, LocalDate deliveredOn, String reason, LocalDate recordedOn) {
    public MarkKeyCustomerCommand {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(deliveredOn, "deliveredOn");
        Objects.requireNonNull(recordedOn, "recordedOn");
    }
}
