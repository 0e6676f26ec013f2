package com.aftersales.api.serial;

import com.aftersales.api.common.CustomerId;
import java.time.LocalDate;
import java.util.Objects;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * R2: replace a registered unit's facts with these, for {@code reason}. A correction is recorded as
 * an event of its own; the registered facts are never overwritten in place. {@code expectedVersion}
 * is the registry version the person corrected; a unit changed since is refused as stale (409).
 */
public record CorrectSerialFactsCommand(
        @TargetAggregateIdentifier SerialUnitId serial,
        String model,
        LocalDate soldOn,
        LocalDate activatedOn,
        LocalDate deliveredOn,
        CustomerId customerId,
        String reason,
        @TargetAggregateVersion Long expectedVersion) {

    public CorrectSerialFactsCommand {
        Objects.requireNonNull(serial, "serial");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(soldOn, "soldOn");
    }
}
