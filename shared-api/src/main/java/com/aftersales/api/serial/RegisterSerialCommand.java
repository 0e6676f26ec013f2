package com.aftersales.api.serial;

import com.aftersales.api.common.CustomerId;
import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * R2: record a unit in the serial registry. {@code activatedOn} is the warranty card's date and
 * {@code deliveredOn} the delivery date; either may be unknown (null), and warranty runs from the
 * first known of the two. {@code customerId} is the owner, if known.
 */
public record RegisterSerialCommand(
        @TargetAggregateIdentifier SerialUnitId serial,
        String model,
        LocalDate soldOn,
        LocalDate activatedOn,
        LocalDate deliveredOn,
        CustomerId customerId) {

    public RegisterSerialCommand {
        Objects.requireNonNull(serial, "serial");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(soldOn, "soldOn");
    }
}
